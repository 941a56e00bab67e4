import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/client.js";
import type { AccessRole } from "../generated/prisma/client.js";
import type { Viewer } from "./viewer.js";

// API tokens: 256 random bits, shown once. Only a SHA-256 hash is stored; with
// that much entropy a slow password hash adds nothing, and lookups stay one
// indexed read.

const TOKEN_PREFIX = "cq_";
const TOKEN_PATTERN = /^cq_[A-Za-z0-9_-]{43}$/;
/** Recording every use would turn each read into a write; once an hour is enough to spot stale tokens. */
const LAST_USED_RESOLUTION_MS = 60 * 60 * 1000;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface IssuedToken {
  id: number;
  token: string;
  prefix: string;
  authorSlug: string;
  role: AccessRole;
}

export class TokenError extends Error {}

export async function issueToken(db: PrismaClient, authorSlug: string, role: AccessRole): Promise<IssuedToken> {
  const author = await db.author.findFirst({ where: { slug: authorSlug } });
  if (!author) throw new TokenError(`No author has the slug "${authorSlug}".`);
  const token = generateToken();
  const prefix = token.slice(0, TOKEN_PREFIX.length + 6);
  const row = await db.apiToken.create({ data: { authorId: author.id, role, tokenHash: hashToken(token), prefix } });
  return { id: row.id, token, prefix, authorSlug, role };
}

/** Revoke a token by id. Returns false when there is no such token or it was already revoked. */
export async function revokeToken(db: PrismaClient, id: number): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

export function listTokens(db: PrismaClient) {
  return db.apiToken.findMany({ include: { author: { select: { slug: true } } }, orderBy: { id: "asc" } });
}

/** The viewer a token stands for; null when it is malformed, unknown or revoked. */
export async function viewerForToken(db: PrismaClient, token: string): Promise<Viewer | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.apiToken.findFirst({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { kind: "author", authorId: row.authorId, role: row.role, tokenId: row.id };
}

/** Whether a token still stands: not revoked, not deleted. */
export async function isTokenActive(db: PrismaClient, id: number): Promise<boolean> {
  return (await db.apiToken.count({ where: { id, revokedAt: null } })) === 1;
}
