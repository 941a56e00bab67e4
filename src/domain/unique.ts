import { Prisma } from "../generated/prisma/client.js";

/**
 * A write lost a race for a unique value (P2002), which the caller reports as
 * its own validation error. With `field`, only a violation of a constraint
 * over that column counts (the driver adapters name the columns in `meta`).
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return field === undefined || JSON.stringify(error.meta ?? {}).includes(`"${field}"`);
}

/**
 * A write referred to a row that another transaction deleted after this one
 * had checked it (P2003): a comment on a post deleted meanwhile, say. The
 * caller reports it as the row not being found.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}
