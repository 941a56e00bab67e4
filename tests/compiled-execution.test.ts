import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { createColloquyYoga, type ColloquyYoga } from "../src/server/yoga.js";
import { noRateLimits } from "../src/server/plugins/rate-limit.js";
import { graphql } from "./graphql/index.js";
import { postGraphQL, startTestServer, type TestServer } from "./support/server.js";

// Repeated queries and mutations run compiled (graphql-jit); the first
// execution of a document, and subscriptions, run on the standard executor.
// The two must answer alike, data and errors, on the same database: this file
// sends the same requests to an instance that compiles every document at once
// and to one that never compiles, and compares the answers whole.

const METRICS_TOKEN = "compiled-execution-metrics-0123";
let server: TestServer;
let standard: ColloquyYoga;
let editor = "";

beforeAll(async () => {
  server = await startTestServer({ compileAfter: 1, metricsToken: METRICS_TOKEN });
  standard = createColloquyYoga(server.db, { queryStats: true, responseCache: false, rateLimits: noRateLimits, compileAfter: 0 });
  editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
});
afterAll(async () => {
  await standard.dispose();
  await server.close();
});

const Nested = graphql(`
  query CompiledNested($n: Int!, $withNotes: Boolean!) {
    posts(first: $n) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          __typename
          id
          slug
          title
          publishedAt
          readingTimeMinutes
          author { name slug }
          footnotes @include(if: $withNotes) { number isIbid source { title year authors } }
          ...Thread
          others: otherResponses(first: 2) { edges { node { title author { name } } } }
        }
      }
    }
  }
  fragment Thread on Post {
    comments(first: 3) { totalCount edges { node { body authorName replies(first: 2) { edges { node { body(format: MARKDOWN) } } } } } }
  }
`);

const Defaults = graphql(`
  query CompiledDefaults($slug: String! = "the-commons-is-a-verb", $first: Int = 2, $last: Int = 3) {
    post(slug: $slug) { title responses(first: $first) { edges { node { title } } } }
    posts(last: $last) { edges { node { title } } }
  }
`);

const Coerced = graphql(`
  query CompiledCoerced($authors: [String!], $filter: PostFilter) {
    byAuthors: posts(first: 3, filter: { authorSlugs: $authors }) { totalCount edges { node { title } } }
    filtered: posts(first: 3, filter: $filter) { totalCount }
  }
`);

const Failing = graphql(`
  query CompiledFailing($after: String, $slug: String!) {
    missing: post(slug: $slug) { title }
    posts(first: 2, after: $after) { edges { node { title } } }
  }
`);

const NodeLookup = graphql(`
  query CompiledNode($id: ID!) {
    node(id: $id) { __typename id ... on Post { title } ... on Author { name } }
  }
`);

const Moderation = graphql(`
  query CompiledModeration {
    moderationQueue(first: 5) { totalCount edges { node { body status } } }
  }
`);

const CreateDiscussion = graphql(`
  mutation CompiledCreateDiscussion($input: CreateDiscussionInput!) {
    createDiscussion(input: $input) {
      __typename
      ... on CreateDiscussionPayload { discussion { title } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

async function both(query: string, variables: Record<string, unknown>, token?: string) {
  const options = token ? { token } : {};
  const [compiled, plain] = [await postGraphQL(server.yoga, query, variables, options), await postGraphQL(standard, query, variables, options)];
  return { compiled, plain };
}

async function executions(): Promise<{ compiled: number; standard: number }> {
  const response = await server.yoga.fetch("http://colloquy.test/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  const read = (executor: string) => Number(new RegExp(`colloquy_graphql_executions_total\\{executor="${executor}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { compiled: read("compiled"), standard: read("standard") };
}

describe("compiled execution", () => {
  it("answers a nested query with fragments, directives and aliases exactly as the standard executor does", async () => {
    for (const variables of [{ n: 5, withNotes: true }, { n: 3, withNotes: false }]) {
      const { compiled, plain } = await both(print(Nested), variables);
      expect(compiled.errors).toBeUndefined();
      expect((compiled.data as { posts: { edges: unknown[] } }).posts.edges.length).toBeGreaterThan(0);
      expect(compiled).toEqual(plain);
    }
  });

  it("uses the defaults of variables not given, and keeps a null given for one", async () => {
    for (const variables of [{}, { first: 1 }, { last: null }, { slug: "no-such-post" }]) {
      const { compiled, plain } = await both(print(Defaults), variables);
      expect(compiled).toEqual(plain);
    }
    // Input coercion: one value where a list is expected, input objects given whole, dates as text.
    for (const variables of [
      { authors: "eleanor-voss" },
      { authors: ["eleanor-voss", "marcus-oyelaran"] },
      { filter: { authorSlugs: "eleanor-voss", publishedAfter: "2020-01-01T00:00:00Z" } },
      { filter: { status: "PUBLISHED", isResponse: true } },
    ]) {
      const pair = await both(print(Coerced), variables);
      expect(pair.compiled.errors).toBeUndefined();
      expect(pair.compiled).toEqual(pair.plain);
    }
    const { compiled } = await both(print(Defaults), {});
    expect((compiled.data as { post: { title: string } | null }).post?.title).toBeTruthy();
  });

  it("gives the same errors, codes and paths, and masks nothing differently", async () => {
    const cases: [string, Record<string, unknown>, string?][] = [
      [print(Failing), { slug: "no-such-post", after: "not-a-cursor" }],
      [print(Failing), { slug: "no-such-post" }],
      // Variables that do not coerce: graphql-js's message says why (the standard executor answers these).
      [print(Failing), { slug: 42 }],
      [print(Failing), { slug: "x", after: ["a"] }],
      [print(NodeLookup), { id: "not an id" }],
      [print(NodeLookup), { id: Buffer.from("Post:999999").toString("base64url") }],
      // Authorization at the field: anonymous, then an editor.
      [print(Moderation), {}],
      [print(Moderation), {}, editor],
    ];
    for (const [query, variables, token] of cases) {
      const { compiled, plain } = await both(query, variables, token);
      // errorIds are random per response, and so may the statement count be
      // when a non-null field fails: graphql-js answers at once, without waiting
      // for its sibling fields' reads, the compiled executor after them.
      // Everything else must match.
      const comparable = ({ extensions: _extensions, ...response }: typeof compiled) =>
        JSON.parse(JSON.stringify(response).replace(/"errorId":"[^"]*"/g, '"errorId":"-"')) as unknown;
      expect(comparable(compiled)).toEqual(comparable(plain));
    }
    const { compiled } = await both(print(Failing), { slug: 42 });
    expect(compiled.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("runs mutations compiled, with their typed errors", async () => {
    const invalid = { input: { title: "", prompt: "A prompt" } };
    const { compiled, plain } = await both(print(CreateDiscussion), invalid, editor);
    expect(compiled).toEqual(plain);
    const before = await server.db.prisma.discussion.count();
    const created = await postGraphQL(server.yoga, print(CreateDiscussion), { input: { title: "Compiled", prompt: "Written by the compiled executor." } }, { token: editor });
    expect(created.errors).toBeUndefined();
    expect(await server.db.prisma.discussion.count()).toBe(before + 1);
  });

  it("runs compiled under the response cache, which rewrites the document it executes", async () => {
    const cached = createColloquyYoga(server.db, { responseCache: true, rateLimits: noRateLimits, compileAfter: 1, metricsToken: METRICS_TOKEN });
    try {
      const variables = { n: 4, withNotes: true };
      const start = await executions();
      const first = await postGraphQL(cached, print(Nested), variables);
      expect((await executions()).compiled).toBe(start.compiled + 1);
      const { extensions: _one, ...answer } = first;
      const { extensions: _two, ...expected } = await postGraphQL(standard, print(Nested), variables);
      // The cache's own fields (__typename and ids it adds to collect entities) do not show.
      expect(answer).toEqual(expected);
    } finally {
      await cached.dispose();
    }
  });

  it("compiles a document only once it repeats, and never with COLLOQUY_COMPILE_AFTER=0", async () => {
    const later = createColloquyYoga(server.db, { responseCache: false, rateLimits: noRateLimits, compileAfter: 3, metricsToken: METRICS_TOKEN });
    try {
      const query = `query Repeated { posts(first: 1) { edges { node { title } } } }`;
      const answers: unknown[] = [];
      const start = await executions();
      for (let i = 0; i < 4; i++) answers.push(await postGraphQL(later, query));
      const counted = await executions();
      // Two standard runs, then compiled from the third on; the answers never change.
      expect({ compiled: counted.compiled - start.compiled, standard: counted.standard - start.standard }).toEqual({ compiled: 2, standard: 2 });
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);

      for (let i = 0; i < 3; i++) await postGraphQL(standard, query);
      const after = await executions();
      expect(after.compiled).toBe(counted.compiled);
      expect(after.standard).toBe(counted.standard + 3);
    } finally {
      await later.dispose();
    }
  });
});
