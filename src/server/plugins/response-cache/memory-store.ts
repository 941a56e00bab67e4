import { createInMemoryCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import type { ExecutionResult } from "graphql";
import { boundedMemo } from "../../../bounded-memo.js";
import type { ResponseCacheOptions } from "./cache.js";
import { remember, withSerializedData, type CachedFeed, type EntryStore } from "./entry-store.js";
import type { Tag } from "./policy.js";

/**
 * Entries in this process's memory, the least recently used dropped first,
 * bounded in entries and in characters: a result's data is serialized when it
 * is stored (it is served serialized anyway), and that text is what it weighs.
 */
export function memoryEntryStore(options: Pick<ResponseCacheOptions, "maxEntries" | "maxCharacters">): EntryStore {
  const store: Cache = createInMemoryCache({ max: options.maxEntries });
  // Each entry is also filed under a tag of its own, so that the weights below can drop one entry.
  const entryTag = (key: string): Tag => ({ typename: "entry", id: key });
  const weights = boundedMemo<number>(
    {
      name: "response cache",
      maxEntries: options.maxEntries,
      maxCharacters: options.maxCharacters,
      maxEntryCharacters: Math.floor(options.maxCharacters / 8),
      onEvict: (key) => void store.invalidate([entryTag(key)]),
    },
    (weight) => weight,
  );
  // The serialized data of each kept result, for currentData.
  const serialized = new WeakMap<object, string>();
  let generation = 0;
  const startedIn = new Map<string, number>();
  const keep = (key: string, value: object, weight: number, tags: Tag[], ttlMs: number) => {
    weights.set(key, weight);
    // Too large to keep: the weights refused it.
    if (!weights.has(key)) return;
    return store.set(key, value as ExecutionResult, [...tags, entryTag(key)], ttlMs);
  };
  return {
    getResult(key) {
      const value = store.get(key) as ExecutionResult | null;
      // A miss is about to be computed: remember the generation it reads in.
      if (value === null && !startedIn.has(key)) remember(startedIn, key, generation);
      return value;
    },
    setResult(key, value, tags, ttlMs) {
      const started = startedIn.get(key);
      startedIn.delete(key);
      if (started !== generation || tags === null) return;
      const text = JSON.stringify(value.data ?? null);
      serialized.set(value, text);
      return keep(key, withSerializedData(value, text), text.length, tags, ttlMs);
    },
    currentData(key) {
      const value = store.get(key) as object | null;
      return value ? (serialized.get(value) ?? null) : null;
    },
    currentFeed: (key) => store.get(key) as CachedFeed | null,
    invalidate(tags) {
      generation += 1;
      void store.invalidate(tags);
    },
    async feed(key, render, tags, ttlMs) {
      const cached = (await store.get(key)) as CachedFeed | null;
      if (cached) return cached;
      const started = generation;
      const value = await render();
      if (value && started === generation) await keep(key, value, value.body.byteLength, tags, ttlMs);
      return value;
    },
  };
}
