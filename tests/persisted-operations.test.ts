import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/server.js";

// Automatic persisted queries for any client, and trusted documents from the
// manifest codegen writes, with a switch that runs nothing else.

const manifest = JSON.parse(
  readFileSync(new URL("../examples/client/graphql/persisted-documents.json", import.meta.url), "utf8"),
) as Record<string, string>;
const [latestPostsId] = Object.entries(manifest).find(([, document]) => document.startsWith("query LatestPosts"))!;

let open: TestServer;
let locked: TestServer;
beforeAll(async () => {
  open = await startTestServer();
  locked = await startTestServer({ trustedDocumentsOnly: true });
});
afterAll(async () => {
  await open.close();
  await locked.close();
});

async function post(server: TestServer, body: Record<string, unknown>) {
  const response = await server.yoga.fetch("http://colloquy.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }) };
}

const query = "{ site { title } }";
const sha256Hash = createHash("sha256").update(query).digest("hex");
const apq = (withQuery: boolean, hash = sha256Hash) => ({
  ...(withQuery ? { query } : {}),
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe("automatic persisted queries", () => {
  it("ask for the query once, then run from the hash alone", async () => {
    const unknown = await post(open, apq(false));
    expect(unknown.errors?.[0]).toMatchObject({ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
    expect((await post(open, apq(true))).data).toEqual({ site: { title: "The Commons Seminar" } });
    expect((await post(open, apq(false))).data).toEqual({ site: { title: "The Commons Seminar" } });
  });

  it("refuse a hash that does not match its query", async () => {
    const wrong = await post(open, apq(true, "0".repeat(64)));
    expect(wrong.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
  });
});

describe("trusted documents", () => {
  it("run by their manifest id, with variables", async () => {
    const result = await post(open, { documentId: latestPostsId, variables: { first: 2 } });
    expect(result.errors).toBeUndefined();
    expect((result.data as { posts: { edges: unknown[] } }).posts.edges).toHaveLength(2);
  });

  it("are all that runs when trusted-only is on: no arbitrary queries, no APQ registration", async () => {
    const arbitrary = await post(locked, { query });
    expect(arbitrary.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ONLY");
    const registering = await post(locked, apq(true));
    expect(registering.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ONLY");
    const trusted = await post(locked, { documentId: latestPostsId, variables: { first: 1 } });
    expect(trusted.errors).toBeUndefined();
    expect((trusted.data as { posts: { edges: unknown[] } }).posts.edges).toHaveLength(1);
  });
});
