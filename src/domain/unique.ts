import { Prisma } from "../generated/prisma/client.js";

/** A write lost a race for a unique value (P2002), which the caller reports as its own validation error. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
