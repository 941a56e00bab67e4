import type { ExecutionResult } from "graphql";
import type { Tag } from "./policy.js";

// What the cache's two stores (memory-store.ts, redis-store.ts) have in common.

export interface CachedFeed {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * Where entries are kept, together with the generation guard: a query that
 * read the database before a write committed must not store its result after
 * the write's invalidation has run, or it would keep stale data until the next
 * change. Each invalidation starts a new generation; a miss remembers the
 * generation it was read in, and its result is stored only if that is still
 * the current one.
 */
export interface EntryStore {
  getResult(key: string): ExecutionResult | null | Promise<ExecutionResult | null>;
  /** Store the result computed after a miss on `key`, under `tags`; with `tags` null, only forget the miss. */
  setResult(key: string, value: ExecutionResult, tags: Tag[] | null, ttlMs: number): void | Promise<void>;
  /** Returns a promise when the invalidation completes later; it never rejects. */
  invalidate(tags: Iterable<Tag>): void | Promise<void>;
  /**
   * The serialized `data` the entry under `key` holds now, or null when there
   * is none (never stored, expired, invalidated). The front cache checks its
   * copy of an answer against it before every use.
   */
  currentData(key: string): string | null | Promise<string | null>;
  /** The feed kept under `key` now, the very object `feed` handed out for it (while unchanged), or null. */
  currentFeed(key: string): CachedFeed | null | Promise<CachedFeed | null>;
  feed(key: string, render: () => Promise<CachedFeed | null>, tags: Tag[], ttlMs: number): Promise<CachedFeed | null>;
}

/**
 * Bookkeeping for requests in flight, bounded: a request that fails is never
 * stored and leaves its entry behind until newer ones push it out. A dropped
 * entry only means one result is not stored.
 */
export function remember<V>(map: Map<string, V>, key: string, value: V, limit = 10_000): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}

/**
 * A kept result serializes its `data` once (or never, when it came from Redis
 * as `serialized`). Yoga calls a result's own `stringify` when it has one; the
 * copies handed out on each hit keep it, and only their extensions (query
 * stats, cache report) are serialized anew.
 */
export function withSerializedData<T extends { data?: unknown; errors?: unknown; extensions?: unknown }>(result: T, serialized?: string): T {
  let data = serialized;
  const stringify = (value: T) => {
    if (value.data !== result.data || value.errors !== undefined) return JSON.stringify(value);
    data ??= JSON.stringify(result.data);
    return value.extensions === undefined ? `{"data":${data}}` : `{"data":${data},"extensions":${JSON.stringify(value.extensions)}}`;
  };
  return Object.assign(result, { stringify });
}
