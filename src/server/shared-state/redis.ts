import { createRequire } from "node:module";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

// The Redis connections that let several Colloquy processes share state:
// subscription events, the response cache and the rate-limit buckets. Every
// key and channel starts with the deployment's prefix, so several deployments
// (or test files) can share one Redis without seeing each other's data.
//
// A single Redis server (or a primary with replicas) is assumed. The cache's
// scripts touch several keys at once, which Redis Cluster would refuse unless
// they all hashed to one slot.

export interface SharedRedis {
  /** Commands: cache entries, generations, buckets, and publishing events. */
  commands: Redis;
  /** Subscribed to event channels. A connection in subscriber mode can run nothing else. */
  subscriber: Redis;
  /** Put in front of every key and channel name. */
  prefix: string;
  /** Where the connections point, with any password left out, for logs. */
  description: string;
  /** Where failures of the shared state are reported. */
  logger: Logger;
  /**
   * Run a command on the command connection. While that connection is known
   * to be down, fail at once instead of waiting for the next reconnection
   * attempt: callers treat any failure as "no shared state this time", and a
   * request should not pay for each of its commands waiting.
   */
  run<T>(command: (redis: Redis) => Promise<T>): Promise<T>;
  /** Close both connections. Safe to call more than once. */
  close(): Promise<void>;
}

/** The URL with its password (and user name) removed, for logs. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.toString().replace(/\/$/, "");
  } catch {
    return "an unparsable Redis URL";
  }
}

/** How long commands fail at once after one timed out. */
const STALL_PAUSE_MS = 5_000;

/**
 * Open the command and subscriber connections. Neither waits: commands sent
 * before the first connection is made wait for it, briefly. When Redis cannot
 * be reached, a command fails after one reconnection attempt instead of
 * queueing indefinitely, and once a connection is known to be down, `run`
 * fails without waiting at all, until it is back.
 */
export function openSharedRedis(url: string, prefix: string, logger: Logger): SharedRedis {
  // Loaded here, on first use: ioredis adds about 8 MiB to every process,
  // and a server without REDIS_URL (SQLite's default) never needs it.
  const { Redis: RedisClient } = createRequire(import.meta.url)("ioredis") as typeof import("ioredis");
  const description = describeRedisUrl(url);
  const connect = (role: string) => {
    const client: Redis = new RedisClient(url, {
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      // A command with no answer at all (a Redis that hangs) fails instead of holding the request.
      commandTimeout: 2_000,
      // Reconnect quickly at first, then every second: a request that waits on a reconnection waits at most that long.
      retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
    });
    // ioredis reports every failed reconnection attempt. One line when the
    // connection is lost and one when it is back keep the log readable.
    client.on("error", (error: Error) => {
      if (down.has(client)) return;
      down.add(client);
      logger.error({ err: error, redis: description, role }, "lost the connection to Redis; shared state is unavailable until it returns");
    });
    client.on("ready", () => {
      if (!down.delete(client)) return;
      logger.info({ redis: description, role }, "reconnected to Redis");
    });
    return client;
  };
  const down = new WeakSet<Redis>();
  const commands = connect("commands");
  const subscriber = connect("subscriber");
  let closing: Promise<void> | null = null;
  let stalledUntil = 0;
  const quit = async (client: Redis) => {
    // QUIT lets queued commands finish; a client that cannot reach Redis is simply dropped.
    if (client.status === "ready") await client.quit().catch(() => client.disconnect());
    else client.disconnect();
  };
  return {
    commands,
    subscriber,
    prefix,
    description,
    logger,
    run(command) {
      if (down.has(commands) && commands.status !== "ready") {
        return Promise.reject(new Error(`Redis at ${description} is unreachable`));
      }
      if (Date.now() < stalledUntil) return Promise.reject(new Error(`Redis at ${description} is not answering`));
      return command(commands).catch((error: unknown) => {
        // A Redis that keeps the connection but stops answering: each command
        // would wait for its whole timeout. After one timeout, fail at once
        // for a few seconds, then try again.
        if (error instanceof Error && /timed out/i.test(error.message)) {
          if (Date.now() >= stalledUntil) {
            logger.error({ err: error, redis: description }, "Redis stopped answering; shared state is skipped for 5 s at a time until it does");
          }
          stalledUntil = Date.now() + STALL_PAUSE_MS;
        }
        throw error;
      });
    },
    close: () => (closing ??= Promise.all([quit(commands), quit(subscriber)]).then(() => undefined)),
  };
}

/**
 * A warning for failures that can repeat on every request while Redis is
 * unreachable: the first is logged at once, later ones at most once a minute,
 * with how many were left out in between.
 */
export function throttledWarning(logger: Logger, redis: string, intervalMs = 60_000): (error: unknown, message: string) => void {
  let lastLogged = -Infinity;
  let leftOut = 0;
  return (error, message) => {
    const now = Date.now();
    if (now - lastLogged < intervalMs) {
      leftOut += 1;
      return;
    }
    logger.warn({ err: error, redis, ...(leftOut > 0 ? { similarFailuresNotLogged: leftOut } : {}) }, message);
    lastLogged = now;
    leftOut = 0;
  };
}
