import type { Viewer } from "../auth/viewer.js";
import type { TransactionClient } from "../content/footnotes.js";
import type { PrismaClient } from "../db/client.js";
import { isUniqueViolation } from "./unique.js";
import { InputChecks } from "./validation.js";

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Keys are per caller: a token's id, or the client fingerprint an anonymous caller is known by. */
export function idempotencyScope(viewer: Viewer, anonymousFingerprint: string): string {
  return viewer.kind === "author" ? `token:${viewer.tokenId}` : `anonymous:${anonymousFingerprint}`;
}

/**
 * Run a write once per (caller, operation, key). The write and the record of
 * its outcome commit together; a retry with the same key gets the id the first
 * attempt produced, and writes nothing. Without a key the write simply runs.
 */
export async function once(
  db: PrismaClient,
  request: { scope: string; operation: string; key: string | null | undefined },
  write: (tx: TransactionClient) => Promise<number>,
): Promise<{ id: number; replayed: boolean }> {
  const { scope, operation, key } = request;
  if (key === null || key === undefined) {
    return { id: await db.$transaction((tx) => write(tx)), replayed: false };
  }
  const checks = new InputChecks();
  checks.text(["idempotencyKey"], key, { required: true, max: MAX_IDEMPOTENCY_KEY_LENGTH });
  checks.throwIfAny();

  const previous = () => db.idempotencyKey.findFirst({ where: { scope, operation, key } });
  const earlier = await previous();
  if (earlier) return { id: Number(earlier.result), replayed: true };
  try {
    const id = await db.$transaction(async (tx) => {
      const created = await write(tx);
      await tx.idempotencyKey.create({ data: { scope, operation, key, result: String(created) } });
      return created;
    });
    return { id, replayed: false };
  } catch (error) {
    // A concurrent retry with the same key committed first: its outcome stands.
    if (isUniqueViolation(error)) {
      const winner = await previous();
      if (winner) return { id: Number(winner.result), replayed: true };
    }
    throw error;
  }
}
