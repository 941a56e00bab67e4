import { createHash } from "node:crypto";
import type { PrismaClient, TransactionClient } from "../db/client.js";
import { ConflictError } from "./errors.js";
import { isUniqueViolation } from "./unique.js";
import { InputChecks } from "./validation.js";

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** A stable digest of a request's input: same fields and values, same digest, whatever the key order. */
function requestDigest(request: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>)
              .filter(([name, v]) => name !== "idempotencyKey" && v !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([name, v]) => [name, canonical(v)]),
          )
        : value;
  return createHash("sha256").update(JSON.stringify(canonical(request))).digest("hex");
}

/**
 * Run a write once per (caller, operation, key). The write and the record of
 * its outcome commit together; a retry with the same key and the same input
 * gets the id the first attempt produced, and writes nothing. The same key with
 * a different input is a ConflictError: it is a client bug, not a retry.
 * Without a key the write simply runs.
 */
export async function once(
  db: PrismaClient,
  call: { scope: string; operation: string; key: string | null | undefined; request: unknown },
  write: (tx: TransactionClient) => Promise<number>,
): Promise<{ id: number; replayed: boolean }> {
  const { scope, operation, key } = call;
  if (key === null || key === undefined) {
    return { id: await db.$transaction((tx) => write(tx)), replayed: false };
  }
  const checks = new InputChecks();
  checks.text(["idempotencyKey"], key, { required: true, max: MAX_IDEMPOTENCY_KEY_LENGTH });
  checks.throwIfAny();

  const requestHash = requestDigest(call.request);
  const replay = (earlier: { result: string; requestHash: string }) => {
    if (earlier.requestHash !== requestHash) {
      throw new ConflictError("This idempotency key was already used for a different request. Use a new key for a new request.");
    }
    return { id: Number(earlier.result), replayed: true };
  };
  const previous = () => db.idempotencyKey.findFirst({ where: { scope, operation, key } });
  const earlier = await previous();
  if (earlier) return replay(earlier);
  try {
    const id = await db.$transaction(async (tx) => {
      const created = await write(tx);
      await tx.idempotencyKey.create({ data: { scope, operation, key, requestHash, result: String(created) } });
      return created;
    });
    return { id, replayed: false };
  } catch (error) {
    // A concurrent retry with the same key committed first: its outcome stands.
    if (isUniqueViolation(error)) {
      const winner = await previous();
      if (winner) return replay(winner);
    }
    throw error;
  }
}
