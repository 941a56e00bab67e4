import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { startTestServer, type TestServer } from "./support/server.js";

// Queries sent with GET are cacheable over HTTP: an ETag, a Cache-Control that
// keeps token-bearing responses private, and a bodiless 304 for a match.

let server: TestServer;
let token = "";
beforeAll(async () => {
  server = await startTestServer({ queryStats: false });
  token = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
});
afterAll(() => server.close());

const query = "{ posts(first: 2) { edges { node { title } } } }";
const get = (q: string, headers: Record<string, string> = {}) =>
  server.yoga.fetch(`http://colloquy.test/graphql?query=${encodeURIComponent(q)}`, {
    headers: { accept: "application/graphql-response+json", "x-graphql-yoga-csrf": "1", ...headers },
  });

describe("GET queries", () => {
  it("carry an ETag and a public, short Cache-Control for anonymous readers", async () => {
    const response = await get(query);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get("vary")).toContain("Authorization");
    expect(((await response.json()) as { data: { posts: unknown } }).data.posts).toBeTruthy();
  });

  it("answer a matching If-None-Match with 304 and no body", async () => {
    const etag = (await get(query)).headers.get("etag")!;
    const again = await get(query, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
  });

  it("are never publicly cacheable when sent with a token", async () => {
    const response = await get(query, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("are not cached at all when they fail", async () => {
    const response = await get("{ posts(first: 500) { totalCount } }");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
  });

  it("get a new ETag as soon as the content changes", async () => {
    const before = (await get(query)).headers.get("etag")!;
    const newest = await server.db.prisma.post.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" } });
    await server.db.prisma.post.update({ where: { id: newest.id }, data: { title: `${newest.title} (revised)` } });
    const after = await get(query, { "if-none-match": before });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("(revised)");
  });

  it("leave mutations alone: they are refused over GET", async () => {
    const response = await get('mutation { createDiscussion(input: { title: "x", prompt: "y" }) { __typename } }');
    expect(response.status).toBe(405);
  });
});
