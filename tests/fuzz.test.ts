import { appendFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { encodeGlobalId } from "../src/global-id.js";
import { schema } from "../src/schema/schema.js";
import type { InternalErrorEntry } from "../src/server/plugins/hardening.js";
import { operationArbitrary, type FuzzPools } from "./support/fuzz-operations.js";
import { describeRequest, malformedRequestArbitrary, send, validRequestArbitrary, type FuzzRequest, type Tokens } from "./support/fuzz-requests.js";
import { checkResponse, type Verdict } from "./support/fuzz-responses.js";
import { startTestServer, type TestServer } from "./support/server.js";

// Whatever a client sends, the server answers with a well-formed GraphQL
// response or a 4xx: never a 5xx, never a crash, never a hang, never a stack
// trace or a piece of SQL. Random valid operations walk the whole schema, with
// an editor's token, an author's, none or a bad one; malformed requests attack
// the transport.
//
//   FUZZ_SEED=<n>      replays a run (the seed is printed at the start)
//   FUZZ_RUNS=<n>      cases per property (default 1500)
//   FUZZ_TRACE=<file>  appends each request before it is sent: the last line
//                      names the culprit if the process itself dies

function integerFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer; got "${raw}".`);
  return value;
}

const seed = integerFromEnv("FUZZ_SEED") ?? Math.floor(Math.random() * 2 ** 31);
const numRuns = integerFromEnv("FUZZ_RUNS") ?? 1500;
console.log("fuzz seed", seed, `(replay with FUZZ_SEED=${seed}; ${numRuns} cases per property)`);

let server: TestServer;
let tokens: Tokens;
let pools: FuzzPools;
const logged: InternalErrorEntry[] = [];

beforeAll(async () => {
  server = await startTestServer({ queryStats: false, logError: (entry) => logged.push(entry) });
  const prisma = server.db.prisma;
  tokens = {
    editor: (await issueToken(prisma, "miriam-tolle", "EDITOR")).token,
    author: (await issueToken(prisma, "eleanor-voss", "AUTHOR")).token,
  };
  const [posts, authors, discussions, comments, footnotes, sources] = await Promise.all([
    prisma.post.findMany({ select: { id: true, slug: true } }),
    prisma.author.findMany({ select: { id: true, slug: true } }),
    prisma.discussion.findMany({ select: { id: true, slug: true } }),
    prisma.comment.findMany({ select: { id: true } }),
    prisma.footnote.findMany({ select: { id: true }, take: 20 }),
    prisma.source.findMany({ select: { id: true }, take: 20 }),
  ]);
  const cursors = await server.executeRaw(
    `{ posts(first: 3) { edges { cursor } } authors(first: 2) { edges { cursor } } discussions(first: 2) { edges { cursor } }
       feed(first: 2, updatedSince: "2000-01-01T00:00:00Z") { edges { cursor } syncCursor } }`,
  );
  const cursorData = JSON.stringify(cursors.data ?? {});
  pools = {
    ids: [
      ...posts.map((p) => encodeGlobalId("Post", p.id)),
      ...authors.map((a) => encodeGlobalId("Author", a.id)),
      ...discussions.map((d) => encodeGlobalId("Discussion", d.id)),
      ...comments.map((c) => encodeGlobalId("Comment", c.id)),
      ...footnotes.map((f) => encodeGlobalId("Footnote", f.id)),
      ...sources.map((s) => encodeGlobalId("Source", s.id)),
    ],
    slugs: [...posts, ...authors, ...discussions].map((row) => row.slug),
    cursors: [...cursorData.matchAll(/"(?:cursor|syncCursor)":"([^"]+)"/g)].map((m) => m[1]!),
    typeNames: Object.keys(schema.getTypeMap()),
  };
  expect(pools.ids.length).toBeGreaterThan(20);
  expect(pools.cursors.length).toBeGreaterThan(5);
});

afterAll(async () => {
  await server?.close();
});

/** Sends one request, checks the answer, and fails with everything needed to replay it. */
async function exercise(request: FuzzRequest): Promise<Verdict & { status: number }> {
  const logBefore = logged.length;
  if (process.env.FUZZ_TRACE) appendFileSync(process.env.FUZZ_TRACE, `${new Date().toISOString()} ${describeRequest(request)}\n`);
  const response = await send((url, init) => server.yoga.fetch(url, init), request, tokens);
  const verdict = checkResponse(request, response, logged.slice(logBefore));
  expect(
    verdict.problems,
    `fuzz seed ${seed}: ${describeRequest(request)}\n  answer: ${response.status} ${response.contentType}\n  ${response.text.slice(0, 1500)}`,
  ).toEqual([]);
  return { ...verdict, status: response.status };
}

/**
 * How many rows have ever been inserted into the tables mutations create rows
 * in: the id counters (SQLite's AUTOINCREMENT table, PostgreSQL's sequences)
 * only grow, whatever is deleted since.
 */
async function rowsEverCreated() {
  const rows =
    server.db.provider === "sqlite"
      ? await server.db.prisma.$queryRawUnsafe<{ name: string; seq: number | bigint }[]>(
          `SELECT name, seq FROM sqlite_sequence WHERE name IN ('Post', 'Comment', 'Discussion')`,
        )
      : await server.db.prisma.$queryRawUnsafe<{ name: string; seq: number | bigint }[]>(
          `SELECT 'Post' AS name, COALESCE(last_value, 0) AS seq FROM pg_sequences WHERE sequencename = 'Post_id_seq' AND last_value IS NOT NULL
           UNION ALL SELECT 'Comment', last_value FROM pg_sequences WHERE sequencename = 'Comment_id_seq' AND last_value IS NOT NULL
           UNION ALL SELECT 'Discussion', last_value FROM pg_sequences WHERE sequencename = 'Discussion_id_seq' AND last_value IS NOT NULL`,
        );
  const seq = (name: string) => Number(rows.find((row) => row.name === name)?.seq ?? 0);
  return { posts: seq("Post"), comments: seq("Comment"), discussions: seq("Discussion") };
}

/** What makes a generated operation invalid on purpose: an Int above 2^31, a lone surrogate in a string. */
const DELIBERATELY_INVALID = /cannot represent non 32-bit signed integer value: 2147483648|Invalid Unicode escape sequence: "\\ud800"/;

const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const formatTally = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`).join(", ");

describe("fuzzing the GraphQL endpoint", () => {
  it("answers random valid operations with data or coded errors, never a 5xx", { timeout: 180_000 }, async () => {
    const operations = operationArbitrary(schema, pools);
    const categories = new Map<string, number>();
    const codes = new Map<string, number>();
    let executed = 0;
    let authenticated = 0;
    const before = await rowsEverCreated();
    await fc.assert(
      fc.asyncProperty(validRequestArbitrary(operations), async (request) => {
        const verdict = await exercise(request);
        tally(categories, request.category);
        for (const error of verdict.results.flatMap((r) => r.errors ?? [])) {
          tally(codes, String(error.extensions?.code));
          // The generator's promise: the only invalid documents are the deliberate edge values.
          if (error.extensions?.code === "GRAPHQL_VALIDATION_FAILED" || error.extensions?.code === "GRAPHQL_PARSE_FAILED") {
            expect(error.message, `fuzz seed ${seed}: ${describeRequest(request)}`).toMatch(DELIBERATELY_INVALID);
          }
        }
        if (request.auth === "garbage") return;
        authenticated++;
        if (verdict.results.some((r) => r.data !== undefined)) executed++;
      }),
      // No shrinking: the server's state moves on with every request, so a smaller case would not replay the
      // same; the message carries the whole failing request instead.
      { numRuns, seed, endOnFailure: true },
    );
    const after = await rowsEverCreated();
    const written = {
      posts: after.posts - before.posts,
      comments: after.comments - before.comments,
      discussions: after.discussions - before.discussions,
    };
    console.log(`fuzz seed ${seed}: valid operations by transport: ${formatTally(categories)}`);
    console.log(`fuzz seed ${seed}: ${executed} of ${authenticated} executed; rows created: ${JSON.stringify(written)}; error codes: ${formatTally(codes)}`);
    // Proof that the generator makes operations the server runs and mutations that write, not ones it refuses wholesale.
    // (Too few cases say nothing either way: FUZZ_RUNS=50 is for a quick look.)
    if (numRuns >= 1000) {
      expect(executed / authenticated, `fuzz seed ${seed}`).toBeGreaterThan(0.6);
      expect(written.posts + written.comments + written.discussions, `fuzz seed ${seed}`).toBeGreaterThan(0);
    }
  });

  it("refuses malformed requests with a 4xx or a coded GraphQL error, never a 5xx", { timeout: 180_000 }, async () => {
    const operations = operationArbitrary(schema, pools);
    const categories = new Map<string, number>();
    const statuses = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(malformedRequestArbitrary(operations), async (request) => {
        const { status } = await exercise(request);
        tally(categories, request.category);
        tally(statuses, String(status));
      }),
      { numRuns, seed, endOnFailure: true },
    );
    console.log(`fuzz seed ${seed}: malformed requests by category: ${formatTally(categories)}; statuses: ${formatTally(statuses)}`);
    // The refusals really happened: bad JSON, a bad token, CSRF, a wrong method, an oversized body, a wrong media type.
    if (numRuns >= 1000) {
      for (const status of ["400", "401", "403", "405", "413", "415"]) {
        expect(statuses.get(status), `fuzz seed ${seed}: status ${status}`).toBeGreaterThan(0);
      }
    }
  });

  it("leaves the database intact and the server answering", async () => {
    if (server.db.provider === "sqlite") {
      const [integrity] = await server.db.prisma.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      expect(integrity?.integrity_check, `fuzz seed ${seed}`).toBe("ok");
      expect(await server.db.prisma.$queryRawUnsafe<unknown[]>("PRAGMA foreign_key_check"), `fuzz seed ${seed}`).toEqual([]);
    } else {
      // PostgreSQL enforces every constraint as rows are written; none may have been left unchecked.
      const unchecked = await server.db.prisma.$queryRawUnsafe<unknown[]>(
        `SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND NOT convalidated`,
      );
      expect(unchecked, `fuzz seed ${seed}`).toEqual([]);
    }
    const response = await server.executeRaw("{ site { title } }");
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ site: { title: "The Commons Seminar" } });
  });
});
