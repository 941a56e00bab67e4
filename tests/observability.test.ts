import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { createLogger } from "../src/server/plugins/logging.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Operators see what happens: one JSON log line per request, with its id and
// nothing secret, and Prometheus metrics for a scraper that holds the token.

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});
const METRICS_TOKEN = "metrics-token-for-tests-0123456789";

let server: TestServer;
let token = "";
beforeAll(async () => {
  server = await startTestServer({ queryStats: false, logger: createLogger("info", sink), metricsToken: METRICS_TOKEN });
  token = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
});
afterAll(() => server.close());

const ObservedComment = graphql(`
  mutation ObservedComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename }
  }
`);

const ObservedPosts = graphql(`
  query ObservedPosts {
    posts(first: 3) { edges { node { title comments(first: 2) { edges { node { id } } } } } }
  }
`);

const requestLines = () => lines.filter((line) => line.msg === "request");

describe("request logs", () => {
  it("log each request once: id, method, path, status, duration and operation", async () => {
    dataOf(await server.execute(ObservedPosts, {}, { headers: { "x-request-id": "trace-42" } }));
    const line = requestLines().find((l) => l.reqId === "trace-42");
    expect(line).toMatchObject({ level: 30, service: "colloquy", method: "POST", path: "/graphql", status: 200, operation: "ObservedPosts" });
    expect(typeof line?.durationMs).toBe("number");
  });

  it("echo the request id, or make one when the caller's is missing or unusable", async () => {
    const given = await server.yoga.fetch("http://colloquy.test/health", { headers: { "x-request-id": "abc-123" } });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const junk = await server.yoga.fetch("http://colloquy.test/health", { headers: { "x-request-id": "not ok\u0001".repeat(30) } });
    expect(junk.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("list the error codes of a failed request", async () => {
    await server.executeRaw("{ posts { nope } }", {}, { headers: { "x-request-id": "bad-query" } });
    expect(requestLines().find((l) => l.reqId === "bad-query")).toMatchObject({ status: 400, errors: ["GRAPHQL_VALIDATION_FAILED"] });
  });

  it("never contain tokens, variables or email addresses", async () => {
    const post = await server.db.prisma.post.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const postId = Buffer.from(`Post:${post.id}`).toString("base64url");
    await server.execute(
      ObservedComment,
      { input: { postId, body: "Logged? Never.", authorName: "Private Person", authorEmail: "private.person@example.org" } },
      { headers: { "x-request-id": "with-email" } },
    );
    await server.execute(ObservedPosts, {}, { token, headers: { "x-request-id": "with-token" } });
    expect(requestLines().some((l) => l.reqId === "with-email")).toBe(true);
    expect(requestLines().some((l) => l.reqId === "with-token")).toBe(true);
    const text = JSON.stringify(lines);
    for (const secret of [token, "private.person@example.org", "Private Person", "Logged? Never.", "Bearer"]) expect(text).not.toContain(secret);
  });
});

describe("metrics", () => {
  const scrape = (headers: Record<string, string> = {}) => server.yoga.fetch("http://colloquy.test/metrics", { headers });

  it("are refused without the metrics token", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("report requests, latency, errors by code, SQL statements and DataLoader batch sizes", async () => {
    await server.execute(ObservedPosts);
    await server.executeRaw("{ posts { nope } }");
    const response = await scrape({ authorization: `Bearer ${METRICS_TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/colloquy_http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(text).toMatch(/colloquy_http_request_duration_seconds_bucket\{le="0\.1",method="POST",route="\/graphql"\} \d+/);
    expect(text).toMatch(/colloquy_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/colloquy_sql_statements_total [1-9]\d*/);
    expect(text).toMatch(/colloquy_dataloader_batch_size_count\{kind="page"\} [1-9]/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });

  it("are not served on the main port without a token configured", async () => {
    const plain = await startTestServer({ demo: false, queryStats: false });
    try {
      const response = await plain.yoga.fetch("http://colloquy.test/metrics");
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
