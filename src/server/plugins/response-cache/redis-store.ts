import type { ExecutionResult } from "graphql";
import type { Result } from "ioredis";
import { boundedMemo } from "../../../bounded-memo.js";
import { throttledWarning, type SharedRedis } from "../../shared-state/redis.js";
import type { ResponseCacheOptions } from "./cache.js";
import { remember, withSerializedData, type CachedFeed, type EntryStore } from "./entry-store.js";
import type { Tag } from "./policy.js";

// Entries in Redis, shared by every instance. Keys, after the deployment's prefix:
//   cache:generation    the generation counter, incremented by every invalidation
//   cache:entry:<key>   a result's `data` as JSON, or a feed as {etag, base64 body}; expires with its TTL
//   cache:tag:<tag>     a sorted set of the entry keys tagged <tag>, each scored with
//                       the time its entry expires; the set lives as long as its longest entry
// Tags follow the plugin's in-memory cache: an object `{ typename, id }` is
// filed under both `<typename>` and `<typename>:<id>`, so that invalidating a
// whole type drops entries of any of its objects.

/**
 * Store an entry, but only if the generation is still the one its miss was
 * read in; answers 1 when stored, 0 when an invalidation got there first.
 * KEYS: generation, entry, then its tag sets. ARGV: generation read, value, TTL in ms.
 * Members of a tag set whose entries have expired are pruned on the way, by
 * Redis's clock, the same one that expires the entries.
 */
const STORE_SCRIPT = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
local ttl = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('SET', KEYS[2], ARGV[2], 'PX', ttl)
for i = 3, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', string.format('%d', now))
  redis.call('ZADD', KEYS[i], string.format('%d', now + ttl), KEYS[2])
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return 1
`;

/**
 * Start a new generation, then delete every entry filed under the tags, and
 * the tag sets. KEYS: generation, then the tag sets. Run as one script, it
 * cannot interleave with a store: a store either lands before it (and is
 * deleted here) or after it (and is refused for its old generation).
 */
const INVALIDATE_SCRIPT = `
redis.call('INCR', KEYS[1])
for i = 2, #KEYS do
  local entries = redis.call('ZRANGE', KEYS[i], 0, -1)
  for first = 1, #entries, 500 do
    redis.call('DEL', unpack(entries, first, math.min(first + 499, #entries)))
  end
  redis.call('DEL', KEYS[i])
end
return 1
`;

declare module "ioredis" {
  interface RedisCommander<Context> {
    colloquyCacheStore(keyCount: number, ...keysAndArgs: (string | number)[]): Result<number, Context>;
    colloquyCacheInvalidate(keyCount: number, ...keys: string[]): Result<number, Context>;
  }
}

/** The Redis names for the plugin's tags: `<typename>`, and `<typename>:<id>` for an object. */
function tagNames(tags: Iterable<Tag>, filing: boolean): string[] {
  const names = new Set<string>();
  for (const { typename, id } of tags) {
    if (filing || id === undefined || id === null) names.add(typename);
    if (id !== undefined && id !== null) names.add(`${typename}:${id}`);
  }
  return [...names];
}

/**
 * The Redis side of the shared response cache: reads that also return the
 * generation, guarded writes, and invalidations. Exported for tests, which
 * interleave them the way two instances could.
 */
export function redisCacheStore(shared: SharedRedis) {
  const { commands, prefix, logger, description, run } = shared;
  commands.defineCommand("colloquyCacheStore", { lua: STORE_SCRIPT });
  commands.defineCommand("colloquyCacheInvalidate", { lua: INVALIDATE_SCRIPT });
  const generationKey = `${prefix}cache:generation`;
  const entryKey = (key: string) => `${prefix}cache:entry:${key}`;
  const tagKey = (name: string) => `${prefix}cache:tag:${name}`;
  const warn = throttledWarning(logger, description);
  return {
    /** The entry's text and the generation it was read in; null if Redis could not answer (then nothing may be stored). */
    async read(key: string): Promise<{ text: string | null; generation: string } | null> {
      try {
        const [text = null, generation] = await run((redis) => redis.mget(entryKey(key), generationKey));
        return { text, generation: generation ?? "0" };
      } catch (error) {
        warn(error, "response cache read failed: answering from the database");
        return null;
      }
    },
    /** Store unless an invalidation ran since `generation`. True when stored. */
    async write(key: string, text: string, tags: Iterable<Tag>, ttlMs: number, generation: string): Promise<boolean> {
      const keys = [generationKey, entryKey(key), ...tagNames(tags, true).map(tagKey)];
      try {
        const ttl = Math.max(1, Math.ceil(ttlMs));
        return (await run((redis) => redis.colloquyCacheStore(keys.length, ...keys, generation, text, ttl))) === 1;
      } catch (error) {
        warn(error, "response cache store failed: the result was not kept");
        return false;
      }
    },
    /** Drop the entries under the tags, on every instance. Never rejects: a failure is logged as an error. */
    async invalidate(tags: Iterable<Tag>): Promise<void> {
      const names = tagNames(tags, false);
      const keys = [generationKey, ...names.map(tagKey)];
      try {
        await run((redis) => redis.colloquyCacheInvalidate(keys.length, ...keys));
      } catch (error) {
        logger.error(
          { err: error, redis: description, tags: names },
          "response cache invalidation FAILED: instances may serve stale answers for these tags until their entries expire",
        );
      }
    },
  };
}

export function redisEntryStore(shared: SharedRedis, options: Pick<ResponseCacheOptions, "maxEntries" | "maxCharacters" | "ttlMs">): EntryStore {
  const redis = redisCacheStore(shared);
  const startedIn = new Map<string, string>();
  // Hits are decoded once per process: while the text in Redis is unchanged,
  // the same decoded value (with its data already serialized) is handed out.
  // The copies are bounded like the in-memory cache; a decoded value weighs about twice its text.
  const decoded = boundedMemo<{ text: string; value: unknown }>(
    { name: "response cache (decoded from Redis)", maxEntries: options.maxEntries, maxCharacters: options.maxCharacters, maxEntryCharacters: Math.floor(options.maxCharacters / 8) },
    (entry) => 2 * entry.text.length,
  );
  const decode = <V>(key: string, text: string, parse: (text: string) => V): V => {
    const known = decoded.get(key);
    if (known?.text === text) return known.value as V;
    const value = parse(text);
    decoded.set(key, { text, value });
    return value;
  };
  const ttlOf = (ttlMs: number) => (Number.isFinite(ttlMs) && ttlMs > 0 ? ttlMs : options.ttlMs);
  return {
    async getResult(key) {
      const read = await redis.read(key);
      if (read?.text) return decode(key, read.text, (text) => withSerializedData<ExecutionResult>({ data: JSON.parse(text) as ExecutionResult["data"] }, text));
      if (read && !startedIn.has(key)) remember(startedIn, key, read.generation);
      return null;
    },
    async setResult(key, value, tags, ttlMs) {
      const started = startedIn.get(key);
      startedIn.delete(key);
      if (started === undefined || tags === null) return;
      await redis.write(key, JSON.stringify(value.data ?? null), tags, ttlOf(ttlMs), started);
    },
    invalidate: (tags) => redis.invalidate(tags),
    async currentData(key) {
      return (await redis.read(key))?.text ?? null;
    },
    async currentFeed(key) {
      const read = await redis.read(key);
      return read?.text ? decode(key, read.text, decodeFeed) : null;
    },
    async feed(key, render, tags, ttlMs) {
      const read = await redis.read(key);
      if (read?.text) return decode(key, read.text, decodeFeed);
      const value = await render();
      if (value && read) await redis.write(key, encodeFeed(value), tags, ttlOf(ttlMs), read.generation);
      return value;
    },
  };
}

/** A feed as JSON: the ETag, and the body's bytes in base64. */
function encodeFeed(feed: CachedFeed): string {
  return JSON.stringify({ etag: feed.etag, body: Buffer.from(feed.body.buffer, feed.body.byteOffset, feed.body.byteLength).toString("base64") });
}

function decodeFeed(text: string): CachedFeed {
  const { etag, body } = JSON.parse(text) as { etag: string; body: string };
  return { etag, body: new Uint8Array(Buffer.from(body, "base64")) };
}
