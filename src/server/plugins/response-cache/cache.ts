import { useResponseCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import { OperationTypeNode, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { createHash } from "node:crypto";
import { boundedMemo } from "../../../bounded-memo.js";
import type { ContentChange } from "../../../schema/context.js";
import type { SharedRedis } from "../../shared-state/redis.js";
import { remember, type CachedFeed } from "./entry-store.js";
import { memoryEntryStore } from "./memory-store.js";
import { changeTags, documentFacts, SYNDICATION, UNCACHED_ROOTS, UNCACHED_TYPES, type DocumentFacts, type Tag } from "./policy.js";
import { redisEntryStore } from "./redis-store.js";
import { operationOf } from "../operation.js";

// The response cache: repeated queries are answered from memory (or from a
// Redis shared by every instance), keyed by the document, the variables and
// the viewer, and dropped the moment the content they were built from changes.
//
// Every cached result carries tags of three kinds:
// - `Post:<id>`, `Comment:<id>`, ...: each object with an ID in the result,
//   collected by the plugin. A change to that object drops the result.
// - `type:<Name>`: each composite type the document selects anywhere. A change
//   that can add, remove or reorder members of lists drops every result whose
//   document could show such a list.
// - `root:<field>`: each Query field the document starts from. A change that
//   can make a lookup find something it did not (a new slug, a new id) drops
//   the results that started from such a lookup.
// The writes report what they changed as a ContentChange (schema/context.ts),
// after their transactions, and `invalidate` turns it into tags. Nothing here
// depends on how a write happened.
//
// This file is the plugin; policy.ts says what is kept and what a change
// drops; memory-store.ts and redis-store.ts keep the entries.

export interface ResponseCacheOptions {
  /** How long a result may live when nothing invalidates it, for writes made outside this process. */
  ttlMs: number;
  /** How many results are kept; the least recently used go first. */
  maxEntries: number;
  /** The most characters of serialized results kept in this process (one result may take an eighth of it). */
  maxCharacters: number;
  /** Add `extensions.responseCache` (hit, didCache) to responses. */
  reportHits: boolean;
  /** Who is asking: null for anonymous, a stable string per authenticated viewer. Resolving it may check the token. */
  session(request: Request): Promise<string | null> | string | null;
  /** Requests the cache leaves alone: those that do not come through yoga's request pipeline, whose keys it never made. */
  bypass?(request: Request): boolean;
  /**
   * Keep entries in this Redis instead of this process's memory: every
   * instance answers from the same entries, and an invalidation on one drops
   * them for all. `maxEntries` then only bounds the decoded copies each
   * process keeps of entries it has served; Redis holds entries until their
   * TTL (or its own eviction policy) removes them.
   */
  shared?: SharedRedis | null;
}

export interface ResponseCache {
  plugin: Plugin;
  /**
   * Drop everything the change could have made stale. Call after the write
   * has committed. Settles once the entries are gone (at once in memory, after
   * a round trip with Redis); it never rejects. A mutation's response also
   * waits for the invalidations it started.
   */
  invalidate(change: ContentChange): Promise<void>;
  /** A syndication feed body from memory, or rendered and kept under the same invalidation; noted for `feedOf(request)`. */
  feed(key: string, render: () => Promise<CachedFeed | null>, request?: Request): Promise<CachedFeed | null>;
  /** The feed `feed` gave for a request, and its key. */
  feedOf(request: Request): { key: string; feed: CachedFeed } | undefined;
  /** The feed kept under a key now: see EntryStore.currentFeed. */
  currentFeed(key: string): CachedFeed | null | Promise<CachedFeed | null>;
  /** The key of the one operation a request ran through the cache; undefined for none, or for a batch of several. */
  keyOf(request: Request): string | undefined;
  /** The serialized `data` kept under a key now, or null: see EntryStore.currentData. */
  currentData(key: string): string | null | Promise<string | null>;
}

export function createResponseCache(schema: GraphQLSchema, options: ResponseCacheOptions): ResponseCache {
  const store = options.shared ? redisEntryStore(options.shared, options) : memoryEntryStore(options);
  // Keyed by the document's text: bounded in characters too, so that large documents cannot fill it.
  const facts = boundedMemo<DocumentFacts>(
    { name: "response cache document facts", maxEntries: 2_000, maxCharacters: 8 * 1024 * 1024, maxEntryCharacters: 256 * 1024 },
    (value) => 100 + value.tags.reduce((sum, tag) => sum + tag.typename.length, 0),
  );
  const factsOf = (source: string) => {
    let known = facts.get(source);
    if (!known) {
      known = documentFacts(schema, source);
      facts.set(source, known);
    }
    return known;
  };
  const pendingTags = new Map<string, Tag[] | "not a query">();

  const tagsFor = changeTags(schema);

  // Invalidations still on their way to Redis. A mutation's response waits
  // for them, so that the very next query, on any instance, sees the change.
  const inFlight = new Set<Promise<void>>();
  const invalidate = (tags: Iterable<Tag>): Promise<void> => {
    const done = store.invalidate(tags);
    if (!done) return Promise.resolve();
    const tracked = done.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    return tracked;
  };

  const cache: Cache = {
    get: (key) => store.getResult(key),
    set(key, value, entities, ttl) {
      const extra = pendingTags.get(key);
      pendingTags.delete(key);
      // The plugin also exposes the cache key as an ETag and answers a
      // matching If-None-Match with 304. The key names a query, not a body:
      // after an invalidation the same key holds different data, so that 304
      // could be wrong. Conditional GET stays with the body-hash ETag in
      // useHttpCaching.
      const http = value.extensions?.http as { headers?: Record<string, string> } | undefined;
      if (http?.headers) {
        delete http.headers.ETag;
        delete http.headers["Last-Modified"];
      }
      // Only queries are kept: a mutation answered from memory would not run.
      const tags = extra === undefined || extra === "not a query" ? null : [...entities, ...extra];
      return store.setResult(key, value, tags, ttl);
    },
    invalidate,
  };

  // Each request's key, for the front cache; null once a batch has run a second operation.
  const keysOfRequests = new WeakMap<Request, string | null>();
  const feedsOfRequests = new WeakMap<Request, { key: string; feed: CachedFeed }>();
  const keyFor = (parts: string[]) => `rc:${createHash("sha256").update(parts.join("\u0000")).digest("base64url")}`;

  const cachePlugin = useResponseCache({
    cache,
    ttl: options.ttlMs,
    session: (request) => options.session(request),
    ...(options.bypass ? { enabled: (request: Request) => !options.bypass!(request) } : {}),
    ignoredTypes: UNCACHED_TYPES,
    ttlPerSchemaCoordinate: Object.fromEntries(UNCACHED_ROOTS.map((field) => [`Query.${field}`, 0])),
    // Invalidation comes from the writes themselves (ContentChange), which
    // know what they touched, including rows a mutation's result does not
    // show. The plugin's own pass over mutation results stays on: it is what
    // keeps mutations out of the cache, and it drops the objects they return.
    invalidateViaMutation: true,
    includeExtensionMetadata: options.reportHits,
    // yoga's plugin passes the request too, though its type leaves it out.
    buildResponseCacheKey: (params) => {
      const { documentString, variableValues, operationName, sessionId } = params;
      const key = keyFor([documentString, operationName ?? "", JSON.stringify(variableValues ?? {}), sessionId ?? ""]);
      const { request } = params as { request?: Request };
      if (request) keysOfRequests.set(request, keysOfRequests.has(request) ? null : key);
      const facts = factsOf(documentString);
      remember(pendingTags, key, facts.isQuery(operationName) ? facts.tags : "not a query");
      return key;
    },
  });

  const mutations = new WeakSet<Request>();
  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(cachePlugin);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request && operationOf(args).kind === OperationTypeNode.MUTATION) mutations.add(request);
    },
    onResultProcess({ request }) {
      if (inFlight.size > 0 && mutations.has(request)) return Promise.all(inFlight).then(() => undefined);
    },
  };

  return {
    plugin,
    invalidate: (change) => invalidate(tagsFor(change)),
    async feed(key, render, request) {
      const feed = await store.feed(`feed:${key}`, render, [SYNDICATION], options.ttlMs);
      if (request && feed) feedsOfRequests.set(request, { key, feed });
      return feed;
    },
    feedOf: (request) => feedsOfRequests.get(request),
    currentFeed: (key) => store.currentFeed(`feed:${key}`),
    keyOf: (request) => keysOfRequests.get(request) ?? undefined,
    currentData: (key) => store.currentData(key),
  };
}
