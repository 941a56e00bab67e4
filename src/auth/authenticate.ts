import type { PrismaClient } from "../db/client.js";
import { viewerForToken } from "./tokens.js";
import { anonymousViewer, type Viewer } from "./viewer.js";

export type Authentication = { ok: true; viewer: Viewer } | { ok: false; reason: string };

/**
 * The viewer behind an Authorization header. No header means an anonymous
 * reader; a header that is not a valid, live bearer token is refused outright,
 * rather than silently downgraded to anonymous.
 */
export async function authenticate(db: PrismaClient, authorization: string | null): Promise<Authentication> {
  if (authorization === null || authorization.trim() === "") return { ok: true, viewer: anonymousViewer };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return { ok: false, reason: "The Authorization header must be `Bearer <token>`." };
  const viewer = await viewerForToken(db, match[1]!);
  return viewer ? { ok: true, viewer } : { ok: false, reason: "The token is not valid, or has been revoked." };
}
