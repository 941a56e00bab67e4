import { Prisma } from "../generated/prisma/client.js";

/** A write lost a race for a unique value (P2002), which the caller reports as its own validation error. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * A write referred to a row that another transaction deleted after this one
 * had checked it (P2003): a comment on a post deleted meanwhile, say. The
 * caller reports it as the row not being found.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}
