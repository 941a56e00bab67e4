import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { pino } from "pino";
import { issueToken } from "../src/auth/tokens.js";
import { createColloquyServer } from "../src/server/yoga.js";
import { FRONT_IGNORED_HEADERS, FRONT_KEY_HEADERS } from "../src/server/plugins/response-cache/front-cache.js";
import { defaultRateLimits, noRateLimits } from "../src/server/plugins/rate-limit.js";
import { graphql } from "./graphql/index.js";
import { deleteRedisKeys, redisProblem, testRedisUrl } from "./support/redis.js";
import { serveOverHttp, startTestServer, type TestServer } from "./support/server.js";

// The front cache answers repeated anonymous queries from the Node request
// listener, before yoga: with the very bytes yoga gave, for as long as the
// response cache holds the data they were made from. Every request here goes
// over a real port, through the listener main.ts serves; the log says which
// answers the front cache gave (servedBy).

const FrontPosts = graphql(`
  query FrontPosts($first: Int!) {
    posts(first: $first) { edges { node { id title } } }
  }
`);

const FrontRename = graphql(`
  mutation FrontRename($input: UpdatePostInput!) {
    updatePost(input: $input) {
      __typename
      ... on PostPayload { post { title revision } }
    }
  }
`);

const logLines: { servedBy?: string; status?: number; reqId?: string }[] = [];
const logger = pino({ level: "info" }, { write: (line: string) => void logLines.push(JSON.parse(line) as (typeof logLines)[number]) });
const frontAnswers = () => logLines.filter((line) => line.servedBy === "front cache").length;

let server: TestServer;
let http: Awaited<ReturnType<typeof serveOverHttp>>;
let editorToken = "";
beforeAll(async () => {
  server = await startTestServer({ responseCache: true, queryStats: false, logger, corsOrigins: ["https://reader.example", "https://second.example"] });
  http = await serveOverHttp(server.listener);
  editorToken = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json", "x-graphql-yoga-csrf": "1" };

function postTo<TData, TVariables>(url: string, document: TypedDocumentNode<TData, TVariables>, variables: TVariables, headers: Record<string, string> = {}) {
  return fetch(url, { method: "POST", headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify({ query: print(document), variables }) });
}
const post = <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, headers: Record<string, string> = {}) =>
  postTo(http.url, document, variables, headers);

const getPath = (first: number) => `/graphql?query=${encodeURIComponent(print(FrontPosts))}&variables=${encodeURIComponent(JSON.stringify({ first }))}`;
const GET_HEADERS = { accept: "application/graphql-response+json" };
const get = (first: number, headers: Record<string, string> = {}) => fetch(new URL(getPath(first), http.url), { headers: { ...GET_HEADERS, ...headers } });
/** The same GET through yoga alone, without the front cache. */
const getFromYoga = (first: number, headers: Record<string, string> = {}) =>
  server.yoga.fetch(`http://${new URL(http.url).host}${getPath(first)}`, { headers: { ...GET_HEADERS, ...headers } });

/** A response's headers by lower-case name, without those made anew for every response (or by Node's server, which yoga.fetch skips). */
const stableHeaders = (response: Response) =>
  Object.fromEntries(
    [...response.headers].map(([name, value]) => [name.toLowerCase(), value]).filter(([name]) => !["x-request-id", "date", "connection", "keep-alive"].includes(name!)),
  );

async function rename(title: string) {
  const newest = await server.db.prisma.post.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" } });
  const response = await postTo(http.url, FrontRename, { input: { id: Buffer.from(`Post:${newest.id}`).toString("base64url"), expectedRevision: newest.revision, title } }, { authorization: `Bearer ${editorToken}` });
  const body = (await response.json()) as { data: { updatePost: { __typename: string } } };
  expect(body.data.updatePost.__typename).toBe("PostPayload");
}

describe("the front cache", () => {
  it("answers a repeated anonymous POST with the bytes yoga gave it, and a request id of its own", async () => {
    const first = await post(FrontPosts, { first: 3 });
    const before = frontAnswers();
    const second = await post(FrontPosts, { first: 3 }, { "x-request-id": "reader-42" });
    expect(frontAnswers()).toBe(before + 1);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(stableHeaders(second)).toEqual(stableHeaders(first));
    expect(second.headers.get("x-request-id")).toBe("reader-42");
    expect(first.headers.get("x-request-id")).not.toBe("reader-42");
    expect(logLines.at(-1)).toMatchObject({ reqId: "reader-42", status: 200, servedBy: "front cache" });
  });

  it("answers a GET as yoga does, with its ETag, and a matching If-None-Match with yoga's 304", async () => {
    await get(4);
    const before = frontAnswers();
    const fromFront = await get(4);
    const fromYoga = await getFromYoga(4);
    expect(fromFront.status).toBe(200);
    expect(await fromFront.text()).toBe(await fromYoga.text());
    expect(stableHeaders(fromFront)).toEqual(stableHeaders(fromYoga));
    const etag = fromFront.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const notModified = await get(4, { "if-none-match": etag });
    const notModifiedByYoga = await getFromYoga(4, { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModifiedByYoga.status).toBe(304);
    expect(stableHeaders(notModified)).toEqual(stableHeaders(notModifiedByYoga));
    expect(frontAnswers()).toBe(before + 2);
  });

  it("never gives an answer the response cache has dropped: a write ends it at once", async () => {
    await post(FrontPosts, { first: 2 });
    const warm = await post(FrontPosts, { first: 2 });
    expect(await warm.text()).not.toContain("Renamed by the front-cache test");
    await rename("Renamed by the front-cache test");
    const before = frontAnswers();
    const after = await post(FrontPosts, { first: 2 });
    expect(await after.text()).toContain("Renamed by the front-cache test");
    expect(frontAnswers()).toBe(before);
    // The new answer is the one kept from then on.
    const again = await post(FrontPosts, { first: 2 });
    expect(await again.text()).toContain("Renamed by the front-cache test");
    expect(frontAnswers()).toBe(before + 1);
  });

  it("keeps serving clients that only ever revalidate, once yoga has answered one of them again", async () => {
    // Entries that expire after a second: an expiry drops the entry and leaves the answer as it was.
    const brief = createColloquyServer(server.db, { responseCache: true, queryStats: false, responseCacheTtlSeconds: 1, rateLimits: noRateLimits }, { logger });
    const briefHttp = await serveOverHttp(brief.listener);
    const revalidate = (etag?: string) =>
      fetch(new URL(getPath(5), briefHttp.url), { headers: { ...GET_HEADERS, ...(etag ? { "if-none-match": etag } : {}) } });
    try {
      const etag = (await revalidate()).headers.get("etag")!;
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      // Yoga answers this one 304, and the front cache keeps the answer behind it.
      let before = frontAnswers();
      expect((await revalidate(etag)).status).toBe(304);
      expect(frontAnswers()).toBe(before);
      before = frontAnswers();
      expect((await revalidate(etag)).status).toBe(304);
      const plain = await revalidate();
      expect(plain.status).toBe(200);
      expect(plain.headers.get("etag")).toBe(etag);
      expect(frontAnswers()).toBe(before + 2);
    } finally {
      await briefHttp.close();
      await brief.yoga.dispose();
    }
  });

  it("serves a syndication feed's bytes too, with its 304, until a write changes the feed", async () => {
    const feedUrl = new URL("/feeds/posts.rss", http.url);
    const first = await fetch(feedUrl);
    expect(first.status).toBe(200);
    const before = frontAnswers();
    const second = await fetch(feedUrl);
    expect(await second.text()).toBe(await first.text());
    expect(stableHeaders(second)).toEqual(stableHeaders(first));
    const etag = second.headers.get("etag")!;
    const notModified = await fetch(feedUrl, { headers: { "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    expect(frontAnswers()).toBe(before + 2);
    await rename("Renamed in the feed by the front-cache test");
    const changed = await fetch(feedUrl, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("Renamed in the feed by the front-cache test");
    expect(frontAnswers()).toBe(before + 2);
  });

  it("keys on every header yoga reads: another origin gets its own CORS answer", async () => {
    const allowed = await post(FrontPosts, { first: 6 }, { origin: "https://reader.example" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://reader.example");
    await post(FrontPosts, { first: 6 }, { origin: "https://reader.example" });
    const other = await post(FrontPosts, { first: 6 }, { origin: "https://second.example" });
    expect(other.headers.get("access-control-allow-origin")).toBe("https://second.example");
  });

  it("keys on the CSRF headers: a GET without one is refused even when the same GET with one is held", async () => {
    const strict = createColloquyServer(server.db, { responseCache: true, queryStats: false, csrfPrevention: "all", rateLimits: noRateLimits }, { logger });
    const strictHttp = await serveOverHttp(strict.listener);
    const strictGet = (headers: Record<string, string>) => fetch(new URL(getPath(7), strictHttp.url), { headers: { ...GET_HEADERS, ...headers } });
    try {
      expect((await strictGet({ "x-graphql-yoga-csrf": "1" })).status).toBe(200);
      const before = frontAnswers();
      expect((await strictGet({ "x-graphql-yoga-csrf": "1" })).status).toBe(200);
      expect(frontAnswers()).toBe(before + 1);
      const refused = await strictGet({});
      const body = (await refused.json()) as { errors?: { extensions: { code: string } }[] };
      expect(body.errors?.[0]?.extensions.code).toBe("CSRF_HEADER_MISSING");
      expect(frontAnswers()).toBe(before + 1);
    } finally {
      await strictHttp.close();
      await strict.yoga.dispose();
    }
  });

  it("leaves requests with a token, batches and mutations to yoga", async () => {
    const before = frontAnswers();
    for (let i = 0; i < 2; i++) await post(FrontPosts, { first: 3 }, { authorization: `Bearer ${editorToken}` });
    const batch = JSON.stringify([{ query: print(FrontPosts), variables: { first: 3 } }, { query: print(FrontPosts), variables: { first: 1 } }]);
    for (let i = 0; i < 2; i++) {
      const response = await fetch(http.url, { method: "POST", headers: JSON_HEADERS, body: batch });
      expect(((await response.json()) as unknown[]).length).toBe(2);
    }
    expect(frontAnswers()).toBe(before);
  });

  it("spends no rate-limit tokens on an answer it holds, as the response cache spends none", async () => {
    const limited = createColloquyServer(
      server.db,
      { responseCache: true, queryStats: false, rateLimits: { ...noRateLimits, expensiveReadsPerMinute: 1, expensiveCost: 1 } },
      { logger },
    );
    const limitedHttp = await serveOverHttp(limited.listener);
    try {
      const before = frontAnswers();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await postTo(limitedHttp.url, FrontPosts, { first: 3 })).status);
      expect(statuses).toEqual([200, 200, 200]);
      expect(frontAnswers()).toBe(before + 2);
      // A query the caches do not hold runs, and the one token is spent.
      expect((await postTo(limitedHttp.url, FrontPosts, { first: 9 })).status).toBe(429);
    } finally {
      await limitedHttp.close();
      await limited.yoga.dispose();
    }
  });

  it("knows every request header the server reads: each is in the key, or said to change no answer it gives", () => {
    const read = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : name.endsWith(".ts") ? [join(dir, name)] : []));
    for (const file of walk("src")) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/headers\.(?:get|has)\(\s*"([^"]+)"\s*\)|headers\[\s*"([^"]+)"\s*\]|headers\.([a-z]+)\b(?!\()/g)) {
        const name = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
        if (!["get", "has", "set", "delete", "append", "entries", "keys", "values", "foreach"].includes(name)) read.add(name);
      }
    }
    // Headers of responses, not requests.
    for (const name of ["last-modified", "set-cookie", "etag"]) read.delete(name);
    // What yoga and its plugins read themselves: content negotiation, CORS and the CSRF rule.
    for (const name of ["accept", "content-type", "origin", "x-graphql-yoga-csrf", "host"]) read.add(name);
    expect(read.size).toBeGreaterThan(5);
    const known = new Set([...FRONT_KEY_HEADERS, ...Object.keys(FRONT_IGNORED_HEADERS)]);
    expect([...read].filter((name) => !known.has(name))).toEqual([]);
  });
});

// Two instances sharing a Redis: an invalidation on one ends the other's front-cached copy.
const noRedis = await redisProblem();
if (noRedis) console.warn(`[front-cache.test.ts] Skipping the shared-Redis case: Redis does not answer at ${testRedisUrl} (${noRedis}).`);

describe.skipIf(noRedis !== null)("the front cache over a shared Redis", () => {
  it("drops its copy on one instance when a write on another invalidates the entry", async () => {
    const prefix = `colloquy-front-test:${process.pid}:`;
    const settings = { responseCache: true, queryStats: false, redisUrl: testRedisUrl, redisPrefix: prefix, rateLimits: defaultRateLimits };
    const a = createColloquyServer(server.db, settings, { logger });
    const b = createColloquyServer(server.db, settings, { logger });
    const [httpA, httpB] = await Promise.all([serveOverHttp(a.listener), serveOverHttp(b.listener)]);
    try {
      // The first answer is kept once Redis holds its entry; the second, a hit of the response cache, surely is.
      for (let i = 0; i < 2; i++) await postTo(httpA.url, FrontPosts, { first: 8 });
      const before = frontAnswers();
      expect(await (await postTo(httpA.url, FrontPosts, { first: 8 })).text()).not.toContain("Renamed on B");
      expect(frontAnswers()).toBe(before + 1);
      const newest = await server.db.prisma.post.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" } });
      const renamed = await postTo(
        httpB.url,
        FrontRename,
        { input: { id: Buffer.from(`Post:${newest.id}`).toString("base64url"), expectedRevision: newest.revision, title: "Renamed on B" } },
        { authorization: `Bearer ${editorToken}` },
      );
      expect(((await renamed.json()) as { data: { updatePost: { __typename: string } } }).data.updatePost.__typename).toBe("PostPayload");
      expect(await (await postTo(httpA.url, FrontPosts, { first: 8 })).text()).toContain("Renamed on B");
    } finally {
      await Promise.all([httpA.close(), httpB.close()]);
      await Promise.all([a.yoga.dispose(), b.yoga.dispose()]);
      await deleteRedisKeys(prefix);
    }
  });
});
