import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import { boundedMemo } from "../../../bounded-memo.js";
import { CSRF_HEADERS } from "../hardening.js";
import { ifNoneMatchHits, withheldBody } from "../http-caching.js";
import { logAnswered, requestIdOf } from "../logging.js";
import { countAnswered, countFrontAnswer } from "../metrics.js";
import { operationOf } from "../operation.js";
import type { ResponseCache } from "./cache.js";
import type { CachedFeed } from "./entry-store.js";

// The front cache: the bytes of anonymous answers the response cache holds,
// served from the Node request listener before yoga sees the request.
//
// A cached answer that goes through yoga still costs a Fetch API Request and
// Response, every plugin's hooks and a serialization: about five times what
// Node's own HTTP server needs to send the same bytes (docs/benchmarks.md).
// Here the answer yoga gave is kept whole (status, headers, body) under a key
// made of everything in the request that yoga reads: the method, the URL, the
// body, and the headers in FRONT_KEY_HEADERS. The same request then gets the
// same bytes, as long as the response cache still holds the data they were
// made from: that is checked on every use, so an invalidation (on this
// instance or, through Redis, on any other) ends the copy with the entry.
//
// Only what yoga itself would answer the same way is kept:
// - anonymous requests (no Authorization header) to the GraphQL endpoint, by
//   GET or by POST with a JSON body of known length, not a batch, and GETs of
//   the syndication feeds;
// - 200 answers of one query that went through the response cache, whose
//   body is exactly `{"data":...}` with the data the cache holds, and feeds
//   whose bytes are the cache's own.
// Like an answer from the response cache, an answer from here spends no
// rate-limit tokens (docs/security.md).

/** The request headers an answer may depend on, each part of the key. */
export const FRONT_KEY_HEADERS: readonly string[] = [
  "host",
  "accept",
  "accept-encoding",
  "content-type",
  "origin",
  ...CSRF_HEADERS.filter((name) => name !== "authorization"),
];

/**
 * The request headers Colloquy reads that are not in the key, and why a
 * front-cached answer does not depend on them. A test fails when the server
 * reads a header that is in neither list.
 */
export const FRONT_IGNORED_HEADERS: Readonly<Record<string, string>> = {
  authorization: "a request that carries one is never answered by the front cache",
  "if-none-match": "the front cache answers it itself, as useHttpCaching does",
  "x-request-id": "the front cache echoes it itself, as useRequestLogging does",
  "x-forwarded-for": "names the client for rate limits, which a cached answer does not spend, and for read routing (a cached answer reads nothing)",
  "content-length": "bounds the body, which is itself in the key",
  "x-graphql-event-stream-token": "a request that carries one is never answered by the front cache",
};

/** Response headers not kept with an answer: made anew for each response, by the front cache or by Node. */
const PER_RESPONSE_HEADERS = new Set(["x-request-id", "content-length", "date", "connection", "keep-alive", "transfer-encoding"]);

export interface FrontCacheOptions {
  responseCache: ResponseCache;
  /** The GraphQL endpoint's path. */
  endpoint: string;
  /** The largest request body read for a key; larger ones go to yoga unread. */
  maxBodyBytes: number;
  maxEntries: number;
  /** The most bytes of bodies kept (one answer may take an eighth of it). */
  maxCharacters: number;
  logger: Logger;
}

/** What a kept answer was made from: a query's data, or a syndication feed, under their keys in the response cache. */
type FrontSource = { kind: "data"; cacheKey: string; data: string } | { kind: "feed"; feedKey: string; feed: CachedFeed };

interface FrontEntry {
  source: FrontSource;
  body: Buffer;
  headers: Record<string, string>;
  /** The headers of the 304 for a GET whose If-None-Match names `etag`; null for a POST. */
  notModified: Record<string, string> | null;
  etag: string | null;
  /** The request's path, for the log and the metrics. */
  path: string;
  operationName?: string;
}

export interface FrontCache {
  /** Placed last: keeps the final form of each answer it may serve. */
  capture: Plugin;
  /** The Node request listener: answers what it holds, hands the rest to yoga. */
  listener(yoga: RequestListener): RequestListener;
}

type BodiedRequest = IncomingMessage & { body?: Readable };

/** A response's headers by lower-case name, without those made anew for each response. */
function stableHeaders(headers: Headers): Record<string, string> {
  const stable: Record<string, string> = {};
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (!PER_RESPONSE_HEADERS.has(lower)) stable[lower] = value;
  }
  return stable;
}

const NO_HEADER = "\u0000";

export function createFrontCache(options: FrontCacheOptions): FrontCache {
  const entries = boundedMemo<FrontEntry>(
    { name: "front cache", maxEntries: options.maxEntries, maxCharacters: options.maxCharacters, maxEntryCharacters: Math.floor(options.maxCharacters / 8) },
    // The bytes, and the data text kept to compare with (which outlives the response cache's own entry once that is dropped).
    (entry) => entry.body.byteLength + (entry.source.kind === "data" ? entry.source.data.length : 0),
  );
  // The key of each request handed to yoga whose answer may be kept, and each operation's name for the log.
  const candidates = new WeakMap<IncomingMessage, string>();
  const operationNames = new WeakMap<Request, string>();

  /** The key of a request the front cache may answer, without its body; null for any other. */
  const requestKey = (req: IncomingMessage): string | null => {
    const method = req.method;
    if (method !== "GET" && method !== "POST") return null;
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    // The GraphQL endpoint, and the syndication feeds (GET only).
    if (path !== options.endpoint && !(method === "GET" && path.startsWith("/feeds/"))) return null;
    const headers = req.headers;
    if (headers.authorization !== undefined || headers["x-graphql-event-stream-token"] !== undefined) return null;
    let key = `${method} ${url}`;
    for (const name of FRONT_KEY_HEADERS) {
      const value = headers[name];
      key += `\n${value === undefined ? NO_HEADER : Array.isArray(value) ? value.join(", ") : value}`;
    }
    return key;
  };

  const pass = (yoga: RequestListener, req: IncomingMessage, res: ServerResponse, key: string | null, body?: Buffer) => {
    if (key !== null) candidates.set(req, key);
    // whatwg-node takes a body already read from `req.body`; as a stream,
    // because it first counts the keys of what it finds there, and a Buffer
    // has one per byte.
    if (body) (req as BodiedRequest).body = Readable.from([body]);
    yoga(req, res);
  };

  const serve = (entry: FrontEntry, req: IncomingMessage, res: ServerResponse, started: number) => {
    const given = req.headers["x-request-id"];
    const id = requestIdOf(typeof given === "string" ? given : undefined);
    const notModified = entry.notModified !== null && ifNoneMatchHits(req.headers["if-none-match"], entry.etag!);
    res.setHeader("x-request-id", id);
    if (notModified) res.writeHead(304, entry.notModified!).end();
    else res.writeHead(200, entry.headers).end(entry.body);
    const status = notModified ? 304 : 200;
    countAnswered(req.method!, entry.path, status, started);
    countFrontAnswer(status);
    logAnswered(options.logger, { id, method: req.method!, path: entry.path, status, started, operationName: entry.operationName, servedBy: "front cache" });
  };

  const answer = (yoga: RequestListener, req: IncomingMessage, res: ServerResponse, key: string, started: number, body?: Buffer) => {
    const entry = entries.get(key);
    if (!entry) return pass(yoga, req, res, key, body);
    const { source } = entry;
    const current = source.kind === "data" ? options.responseCache.currentData(source.cacheKey) : options.responseCache.currentFeed(source.feedKey);
    const decide = (now: string | CachedFeed | null) => {
      if (now === (source.kind === "data" ? source.data : source.feed)) return serve(entry, req, res, started);
      entries.delete(key);
      pass(yoga, req, res, key, body);
    };
    if (!(current instanceof Promise)) return decide(current);
    current
      .then(
        (now) => {
          // The client left while Redis answered: nothing to run for it.
          if (!req.socket?.destroyed) decide(now);
        },
        () => pass(yoga, req, res, null, body),
      )
      .catch(() => res.destroy());
  };

  const listener = (yoga: RequestListener): RequestListener => (req, res) => {
    const started = performance.now();
    const key = requestKey(req);
    if (key === null) return pass(yoga, req, res, null);
    if (req.method === "GET") return answer(yoga, req, res, key, started);
    const declared = Number(req.headers["content-length"]);
    const type = req.headers["content-type"] ?? "";
    // Bodies of unknown length, large ones and any but JSON are yoga's to read.
    if (!(declared > 0 && declared <= options.maxBodyBytes) || !type.includes("json")) return pass(yoga, req, res, null);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", () => res.destroy());
    req.once("end", () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      if (body.byteLength === 0) return pass(yoga, req, res, null);
      let first = 0;
      while (first < body.byteLength && (body[first] === 0x20 || body[first] === 0x0a || body[first] === 0x0d || body[first] === 0x09)) first += 1;
      // A batch: its answer is several operations', which the response cache keys one by one.
      if (body[first] === 0x5b) return pass(yoga, req, res, null, body);
      answer(yoga, req, res, `${key}\n${body.toString("latin1")}`, started, body);
    });
  };

  // Whether an answer may be kept is checked against the response cache; with
  // Redis that is a round trip, which the answer does not wait for.
  const whenCurrent = <T>(current: T | Promise<T>, then: (now: T) => void) => {
    if (!(current instanceof Promise)) return then(current);
    current.then(then).catch((error: unknown) => options.logger.warn({ err: error }, "front cache: could not check an answer against the response cache; it is not kept"));
  };

  const capture: Plugin = {
    // The operation's name, for the log lines of the answers kept: only requests that may be kept are noted.
    onParams({ request, params, context }) {
      const req = (context as { req?: IncomingMessage }).req;
      if (req && candidates.has(req) && typeof params.operationName === "string") operationNames.set(request, params.operationName.slice(0, 100));
    },
    onExecute({ args }) {
      // The name in the document, when the request did not send one (a hit from the response cache never gets here).
      const { request, req } = args.contextValue as { request?: Request; req?: IncomingMessage };
      if (!request || !req || !candidates.has(req) || operationNames.has(request)) return;
      const { name } = operationOf(args);
      if (name) operationNames.set(request, name.slice(0, 100));
    },
    async onResponse({ request, response, serverContext, setResponse, fetchAPI }) {
      const req = (serverContext as { req?: IncomingMessage }).req;
      const key = req && candidates.get(req);
      if (!req || key === undefined) return;
      candidates.delete(req);
      if (response.headers.has("set-cookie")) return;
      const feed = options.responseCache.feedOf(request);
      const keep = (source: FrontSource, body: Buffer, headers: Record<string, string>) => {
        const etag = headers.etag ?? null;
        entries.set(key, {
          source,
          body,
          headers: { ...headers, "content-length": String(body.byteLength) },
          notModified: request.method === "GET" && etag !== null ? headers : null,
          etag,
          path: new URL(request.url).pathname,
          operationName: operationNames.get(request),
        });
      };
      if (feed) {
        // A feed (200, or 304 for a matching If-None-Match): its bytes are the cached feed's own.
        if (response.status !== 200 && response.status !== 304) return;
        const { body } = feed.feed;
        const headers = stableHeaders(response.headers);
        return whenCurrent(options.responseCache.currentFeed(feed.key), (now) => {
          if (now === feed.feed) keep({ kind: "feed", feedKey: feed.key, feed: feed.feed }, Buffer.from(body.buffer, body.byteOffset, body.byteLength), headers);
        });
      }
      const cacheKey = options.responseCache.keyOf(request);
      const type = response.headers.get("content-type") ?? "";
      if (!cacheKey || !type.includes("json")) return;
      let text: string | undefined;
      let headers: Headers;
      if (response.status === 304) {
        // A GET whose If-None-Match already matched: the answer behind it is kept all the same.
        text = withheldBody(response);
        headers = response.headers;
      } else if (response.status === 200) {
        text = await response.text();
        headers = new fetchAPI.Headers(response.headers);
        headers.set("content-type", type);
        setResponse(new fetchAPI.Response(text, { status: 200, headers }));
      } else return;
      if (text === undefined) return;
      if (!text.startsWith('{"data":') || !text.endsWith("}")) return;
      const answer = text;
      const stable = stableHeaders(headers);
      whenCurrent(options.responseCache.currentData(cacheKey), (data) => {
        // The answer must be exactly the cache's data: no errors, no extensions, and not since replaced.
        if (data !== null && answer === `{"data":${data}}`) keep({ kind: "data", cacheKey, data }, Buffer.from(answer), stable);
      });
    },
  };

  return { capture, listener };
}
