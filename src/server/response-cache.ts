import { createInMemoryCache, useResponseCache, type Cache } from "@graphql-yoga/plugin-response-cache";
import type { ContentChange } from "../schema/context.js";
import {
  getNamedType,
  getOperationAST,
  OperationTypeNode,
  isAbstractType,
  isCompositeType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Result } from "ioredis";
import { createHash } from "node:crypto";
import { encodeGlobalId } from "../global-id.js";
import { throttledWarning, type SharedRedis } from "./redis.js";
import { boundedMemo } from "../bounded-memo.js";

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

type Tag = { typename: string; id?: string | number };

/** Types whose data does not depend on posts or comments existing: a post change leaves documents made only of these alone. */
const POST_INDEPENDENT_TYPES = new Set([
  "Author",
  "AuthorConnection",
  "AuthorEdge",
  "Discussion",
  "DiscussionConnection",
  "DiscussionEdge",
  "Site",
  "Viewer",
  "PageInfo",
]);

/** Results that must never be served from memory: delivery logs change in the background. */
const UNCACHED_TYPES = ["WebhookDelivery", "WebhookEndpoint"];
const UNCACHED_ROOTS = ["webhookDeliveries"];

/** Tag under which syndication feed bodies are kept. */
const SYNDICATION: Tag = { typename: "syndication" };

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

export interface CachedFeed {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
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
  /** A syndication feed body from memory, or rendered and kept under the same invalidation. */
  feed(key: string, render: () => Promise<CachedFeed | null>): Promise<CachedFeed | null>;
}

/**
 * Bookkeeping for requests in flight, bounded: a request that fails is never
 * stored and leaves its entry behind until newer ones push it out. A dropped
 * entry only means one result is not stored.
 */
function remember<V>(map: Map<string, V>, key: string, value: V, limit = 10_000): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}

interface DocumentFacts {
  tags: Tag[];
  /** Whether the operation of this name (or the only one) is a query; nothing else may be stored. */
  isQuery(operationName: string | null | undefined): boolean;
}

/**
 * A kept result serializes its `data` once (or never, when it came from Redis
 * as `serialized`). Yoga calls a result's own `stringify` when it has one; the
 * copies handed out on each hit keep it, and only their extensions (query
 * stats, cache report) are serialized anew.
 */
function withSerializedData<T extends { data?: unknown; errors?: unknown; extensions?: unknown }>(result: T, serialized?: string): T {
  let data = serialized;
  const stringify = (value: T) => {
    if (value.data !== result.data || value.errors !== undefined) return JSON.stringify(value);
    data ??= JSON.stringify(result.data);
    return value.extensions === undefined ? `{"data":${data}}` : `{"data":${data},"extensions":${JSON.stringify(value.extensions)}}`;
  };
  return Object.assign(result, { stringify });
}

/** The `type:` and `root:` tags of a document. A document that does not parse gets none (it is never cached: it fails). */
export function documentFacts(schema: GraphQLSchema, source: string): DocumentFacts {
  let document;
  try {
    document = parse(source);
  } catch {
    return { tags: [], isQuery: () => false };
  }
  const tags = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const queryType = schema.getQueryType();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        const named = type && getNamedType(type);
        if (named && isCompositeType(named)) tags.add(`type:${named.name}`);
        const field = typeInfo.getFieldDef();
        if (field && typeInfo.getParentType() === queryType) tags.add(`root:${field.name}`);
      },
    }),
  );
  return {
    tags: [...tags].map((typename) => ({ typename })),
    isQuery: (operationName) => getOperationAST(document, operationName)?.operation === OperationTypeNode.QUERY,
  };
}

/** Query fields whose results can include an object of one of `typeNames`, directly, in a connection, or through an interface. */
function rootsReturning(schema: GraphQLSchema, typeNames: string[]): Tag[] {
  const wanted = new Set(typeNames.flatMap((name) => [name, `${name}Connection`, `${name}Edge`]));
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields
    .filter((field) => {
      const named = getNamedType(field.type);
      if (wanted.has(named.name)) return true;
      return isAbstractType(named) && schema.getPossibleTypes(named).some((member) => wanted.has(member.name));
    })
    .map((field) => ({ typename: `root:${field.name}` }));
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

  const postDependentTypes = Object.values(schema.getTypeMap())
    .filter((type) => isCompositeType(type) && !type.name.startsWith("__") && !POST_INDEPENDENT_TYPES.has(type.name))
    .map((type) => ({ typename: `type:${type.name}` }));
  const commentRoots = rootsReturning(schema, ["Comment"]);
  const authorRoots = rootsReturning(schema, ["Author", "Viewer"]);
  const discussionRoots = rootsReturning(schema, ["Discussion"]);
  const entity = (typename: string, id: number): Tag => ({ typename, id: encodeGlobalId(typename, id) });

  const tagsFor = (change: ContentChange): Tag[] => {
    switch (change.kind) {
      case "post":
        // Publishing, withdrawing or deleting changes which posts, comments,
        // footnotes and sources are visible, and an edit can move a post
        // within any ordering: every list that could hold one of them goes.
        return [entity("Post", change.postId), ...postDependentTypes, SYNDICATION];
      case "commentAdded":
        return [
          entity("Post", change.postId),
          ...(change.parentId === null ? [] : [entity("Comment", change.parentId)]),
          ...(change.authorId === null ? [] : [entity("Author", change.authorId)]),
          entity("Comment", change.commentId),
          ...commentRoots,
        ];
      case "commentEdited":
        return [entity("Comment", change.commentId)];
      case "commentModerated":
        // Replies by anyone under the comment appear or disappear with it.
        return [
          entity("Post", change.postId),
          entity("Comment", change.commentId),
          { typename: "type:Comment" },
          { typename: "type:CommentConnection" },
          ...commentRoots,
        ];
      case "author":
        // A comment shows its author's name as `authorName`, in answers that may never select the author itself.
        return [entity("Author", change.authorId), ...authorRoots, { typename: "type:Comment" }, SYNDICATION];
      case "source":
        return [entity("Source", change.sourceId), { typename: "type:Source" }];
      case "discussion":
        return [entity("Discussion", change.discussionId), ...discussionRoots, SYNDICATION];
    }
  };

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
    buildResponseCacheKey: ({ documentString, variableValues, operationName, sessionId }) => {
      const key = keyFor([documentString, operationName ?? "", JSON.stringify(variableValues ?? {}), sessionId ?? ""]);
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
      if (request && getOperationAST(args.document, args.operationName)?.operation === OperationTypeNode.MUTATION) mutations.add(request);
    },
    onResultProcess({ request }) {
      if (inFlight.size > 0 && mutations.has(request)) return Promise.all(inFlight).then(() => undefined);
    },
  };

  return {
    plugin,
    invalidate: (change) => invalidate(tagsFor(change)),
    feed: (key, render) => store.feed(`feed:${key}`, render, [SYNDICATION], options.ttlMs),
  };
}

/**
 * Where entries are kept, together with the generation guard: a query that
 * read the database before a write committed must not store its result after
 * the write's invalidation has run, or it would keep stale data until the next
 * change. Each invalidation starts a new generation; a miss remembers the
 * generation it was read in, and its result is stored only if that is still
 * the current one.
 */
interface EntryStore {
  getResult(key: string): ExecutionResult | null | Promise<ExecutionResult | null>;
  /** Store the result computed after a miss on `key`, under `tags`; with `tags` null, only forget the miss. */
  setResult(key: string, value: ExecutionResult, tags: Tag[] | null, ttlMs: number): void | Promise<void>;
  /** Returns a promise when the invalidation completes later; it never rejects. */
  invalidate(tags: Iterable<Tag>): void | Promise<void>;
  feed(key: string, render: () => Promise<CachedFeed | null>, tags: Tag[], ttlMs: number): Promise<CachedFeed | null>;
}

/**
 * Entries in this process's memory, the least recently used dropped first,
 * bounded in entries and in characters: a result's data is serialized when it
 * is stored (it is served serialized anyway), and that text is what it weighs.
 */
function memoryEntryStore(options: Pick<ResponseCacheOptions, "maxEntries" | "maxCharacters">): EntryStore {
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
      return keep(key, withSerializedData(value, text), text.length, tags, ttlMs);
    },
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

function redisEntryStore(shared: SharedRedis, options: Pick<ResponseCacheOptions, "maxEntries" | "maxCharacters" | "ttlMs">): EntryStore {
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
