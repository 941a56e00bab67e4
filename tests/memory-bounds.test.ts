import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
const APQ_BOUNDS = { maxCharacters: 4 * 1024 * 1024 };
import { startTestServer, type TestServer } from "./support/server.js";

// What one anonymous client can make the server keep. Every memo a request can
// add to (the persisted-query store, yoga's parse cache, the response cache's
// document facts) is bounded in characters as well as entries, and an
// automatic persisted query is stored only once it has passed every limit.
// The metrics report how full each memo is; these tests read them.

const METRICS_TOKEN = "memory-bounds-metrics-token-0123";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ metricsToken: METRICS_TOKEN, responseCache: true, limits: { maxCost: 5_000 } });
});
afterAll(async () => {
  await server.close();
});

type Reply = { status: number; data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(body: Record<string, unknown>): Promise<Reply> {
  const response = await server.yoga.fetch("http://colloquy.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<Reply, "status">) };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const register = (query: string) => post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
const byHash = (query: string) => post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
const codeOf = (reply: Reply) => reply.errors?.[0]?.extensions?.code;

/** A valid query of about `length` characters: the site's title, padded with a comment, which no token limit counts. */
function paddedQuery(tag: string, length: number): string {
  const head = `# ${tag} `;
  return `${head}${"x".repeat(Math.max(0, length - head.length - 20))}\n{ site { title } }`;
}

async function memo(name: string): Promise<{ characters: number; entries: number }> {
  const response = await server.yoga.fetch("http://colloquy.test/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  const read = (metric: string) => {
    const line = text.split("\n").find((l) => l.startsWith(`${metric}{memo="${name}"}`));
    if (!line) throw new Error(`no ${metric} for memo "${name}" in the metrics`);
    return Number(line.split(" ").at(-1));
  };
  return { characters: read("colloquy_memo_characters"), entries: read("colloquy_memo_entries") };
}

describe("automatic persisted queries", () => {
  it("store a document only once it has passed every limit", async () => {
    const tooCostly = "query TooCostly { posts(first: 100) { edges { node { comments(first: 100) { edges { node { body } } } } } } }";
    expect(codeOf(await register(tooCostly))).toBe("COST_LIMIT_EXCEEDED");
    expect(codeOf(await byHash(tooCostly))).toBe("PERSISTED_QUERY_NOT_FOUND");

    const invalid = "query Invalid { site { noSuchField } }";
    expect(codeOf(await register(invalid))).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(codeOf(await byHash(invalid))).toBe("PERSISTED_QUERY_NOT_FOUND");

    const unparsable = "query Broken { site { title }";
    expect(codeOf(await register(unparsable))).toBe("GRAPHQL_PARSE_FAILED");
    expect(codeOf(await byHash(unparsable))).toBe("PERSISTED_QUERY_NOT_FOUND");

    const tooLong = paddedQuery("too long", 300_000);
    const refused = await register(tooLong);
    expect(codeOf(refused)).toBe("DOCUMENT_TOO_LARGE");
    expect(refused.status).toBe(400);
    expect(codeOf(await byHash(tooLong))).toBe("PERSISTED_QUERY_NOT_FOUND");

    const fine = "query Fine { site { title } }";
    expect((await register(fine)).data).toEqual({ site: { title: "The Commons Seminar" } });
    expect((await byHash(fine)).data).toEqual({ site: { title: "The Commons Seminar" } });
  });

  it("keep at most their bound in characters, dropping the least recently used", async () => {
    const documentLength = 60_000;
    const count = Math.ceil((2 * APQ_BOUNDS.maxCharacters) / documentLength);
    const documents = Array.from({ length: count }, (_, i) => paddedQuery(`apq ${i}`, documentLength));
    for (const document of documents) expect((await register(document)).errors).toBeUndefined();

    const store = await memo("persisted queries");
    expect(store.characters).toBeLessThanOrEqual(APQ_BOUNDS.maxCharacters);
    expect(store.characters).toBeGreaterThan(APQ_BOUNDS.maxCharacters / 2);
    expect(codeOf(await byHash(documents[0]!))).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await byHash(documents.at(-1)!)).data).toEqual({ site: { title: "The Commons Seminar" } });
  });
});

describe("the parse cache and the response cache's document facts", () => {
  it("stay within their bounds in characters however many large documents arrive", async () => {
    const documents = Array.from({ length: 120 }, (_, i) => paddedQuery(`parse ${i}`, 60_000));
    for (const document of documents) expect((await post({ query: document })).errors).toBeUndefined();
    const parsed = await memo("parsed documents");
    expect(parsed.entries).toBeGreaterThan(0);
    expect(parsed.characters).toBeLessThanOrEqual(16 * 1024 * 1024);
    const facts = await memo("response cache document facts");
    expect(facts.characters).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});
