import { createInMemoryCache, useResponseCache, type Cache } from "@graphql-yoga/plugin-response-cache";
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
  type GraphQLSchema,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { createHash } from "node:crypto";
import { encodeGlobalId } from "../schema/global-id.js";

// The response cache: repeated queries are answered from memory, keyed by the
// document, the variables and the viewer, and dropped the moment the content
// they were built from changes.
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
// The writes report what they changed as a ContentChange, and `invalidate`
// turns it into tags. Nothing here depends on how a write happened.

/** What a committed write changed. Sent by the mutations, after the transaction. */
export type ContentChange =
  /** Created, edited, published, unpublished or deleted: lists of posts, and everything hanging off them, may change. */
  | { kind: "post"; postId: number }
  /** A new comment, approved or pending. It has no replies yet, so only its parents' lists change. */
  | { kind: "commentAdded"; commentId: number; postId: number; parentId: number | null; authorId: number | null }
  /** A comment's text. */
  | { kind: "commentEdited"; commentId: number }
  /** A comment's status: it and every reply under it appear or disappear. */
  | { kind: "commentModerated"; commentId: number; postId: number }
  | { kind: "author"; authorId: number }
  | { kind: "discussion"; discussionId: number };

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
  /** Add `extensions.responseCache` (hit, didCache) to responses. */
  reportHits: boolean;
  /** Who is asking: null for anonymous, a stable string per authenticated viewer. Resolving it may check the token. */
  session(request: Request): Promise<string | null> | string | null;
}

export interface CachedFeed {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export interface ResponseCache {
  plugin: Plugin;
  /** Drop everything the change could have made stale. Call after the write has committed. */
  invalidate(change: ContentChange): void;
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

/** A bounded memo: a few thousand distinct documents at most, least recently used dropped first. */
function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const entries = new Map<string, V>();
  return (key) => {
    const value = entries.has(key) ? entries.get(key)! : compute(key);
    remember(entries, key, value, limit);
    return value;
  };
}

interface DocumentFacts {
  tags: Tag[];
  /** Whether the operation of this name (or the only one) is a query; nothing else may be stored. */
  isQuery(operationName: string | null | undefined): boolean;
}

/**
 * A kept result serializes its `data` once. Yoga calls a result's own
 * `stringify` when it has one; the copies handed out on each hit keep it, and
 * only their extensions (query stats, cache report) are serialized anew.
 */
function withSerializedData<T extends { data?: unknown; errors?: unknown; extensions?: unknown }>(result: T): T {
  let data: string | undefined;
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
  const store: Cache = createInMemoryCache({ max: options.maxEntries });
  const factsOf = boundedMemo(2000, (source: string) => documentFacts(schema, source));

  // A query that read the database before a write committed must not store its
  // result after the write's invalidation has run: it would keep stale data
  // until the next change. Each invalidation starts a new generation, and a
  // result is stored only if no invalidation ran while it was computed.
  let generation = 0;
  const startedIn = new Map<string, number>();
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
        return [entity("Author", change.authorId), ...authorRoots, SYNDICATION];
      case "discussion":
        return [entity("Discussion", change.discussionId), ...discussionRoots, SYNDICATION];
    }
  };

  const cache: Cache = {
    get(key) {
      const value = store.get(key);
      // A miss is about to be computed: remember the generation it reads in.
      if (value === null && !startedIn.has(key)) remember(startedIn, key, generation);
      return value;
    },
    set(key, value, entities, ttl) {
      const started = startedIn.get(key);
      const extra = pendingTags.get(key);
      startedIn.delete(key);
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
      if (started !== generation || extra === undefined || extra === "not a query") return;
      return store.set(key, withSerializedData(value), [...entities, ...extra], ttl);
    },
    invalidate(entities) {
      generation += 1;
      return store.invalidate(entities);
    },
  };

  const keyFor = (parts: string[]) => `rc:${createHash("sha256").update(parts.join("\u0000")).digest("base64url")}`;

  const plugin = useResponseCache({
    cache,
    ttl: options.ttlMs,
    session: (request) => options.session(request),
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

  return {
    plugin,
    invalidate: (change) => cache.invalidate(tagsFor(change)),
    async feed(key, render) {
      const cached = (await store.get(`feed:${key}`)) as CachedFeed | null;
      if (cached) return cached;
      const started = generation;
      const value = await render();
      if (value && started === generation) await store.set(`feed:${key}`, value as never, [SYNDICATION], options.ttlMs);
      return value;
    },
  };
}
