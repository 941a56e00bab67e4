import { Redis } from "ioredis";

/** The Redis the tests share state through (`COLLOQUY_TEST_REDIS_URL`, or the machine's own). */
export const testRedisUrl = process.env.COLLOQUY_TEST_REDIS_URL || "redis://127.0.0.1:6379";

/** Why the Redis at `url` cannot be used, or null when it answers a PING. */
export async function redisProblem(url = testRedisUrl): Promise<string | null> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  probe.on("error", () => {});
  try {
    await probe.connect();
    const answer = await probe.ping();
    return answer === "PONG" ? null : `PING answered ${answer}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    probe.disconnect();
  }
}

/** Delete every key under a test's prefix, a batch at a time (SCAN, not KEYS, which blocks the server). */
export async function deleteRedisKeys(prefix: string, url = testRedisUrl): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
