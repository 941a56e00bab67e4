import { readFileSync } from "node:fs";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSyntheticBlog } from "../bench/dataset.js";
import { issueToken } from "../src/auth/tokens.js";
import { captureSql } from "../src/db/query-stats.js";
import { decodeGlobalId } from "../src/global-id.js";
import { DATE_COLUMNS } from "../src/loaders/folds.js";
import { createColloquyYoga, type ColloquyYoga } from "../src/server/yoga.js";
import { noRateLimits } from "../src/server/plugins/rate-limit.js";
import { print } from "graphql";
import { graphql } from "./graphql/index.js";
import { dataOf, postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from "./support/server.js";

// Folds (loaders/folds.ts): on PostgreSQL, the lists a query asks for under
// each row of a list are read in that list's own statement. Folding may change
// how many statements an answer takes, never the answer: every query here is
// answered by the default server and by one with COLLOQUY_FOLDS=off on the
// same database, and the two answers must be identical. On SQLite nothing is
// folded, so there the comparison holds trivially and the counts are skipped.

let server: TestServer;
let unfolded: ColloquyYoga;
let editorToken: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false, queryStats: true });
  await generateSyntheticBlog(server.db.prisma, { posts: 40, authors: 12, footnotesPerPost: 4, commentsPerPost: 14, seed: 11 });
  unfolded = createColloquyYoga(server.db, { queryStats: true, responseCache: false, rateLimits: noRateLimits, compileAfter: 1, folds: false });
  // A draft in a discussion, with comments: listed (with the others) only to those who may read drafts.
  const sibling = await server.db.prisma.post.findFirstOrThrow({ where: { discussionId: { not: null } }, orderBy: { id: "asc" } });
  const draft = await server.db.prisma.post.create({
    data: {
      slug: "folded-draft",
      title: "A draft among the responses",
      body: "Not out yet.",
      status: "DRAFT",
      authorId: sibling.authorId,
      discussionId: sibling.discussionId,
    },
  });
  for (const body of ["First thought.", "Second thought."]) {
    await server.db.prisma.comment.create({ data: { postId: draft.id, body, status: "APPROVED", authorName: "A reader" } });
  }
  const editor = await server.db.prisma.author.findFirstOrThrow({ orderBy: { id: "asc" } });
  editorToken = (await issueToken(server.db.prisma, editor.slug, "EDITOR")).token;
});
afterAll(async () => {
  await unfolded.dispose();
  await server.close();
});

const FoldedFeed = graphql(`
  query FoldedFeed($n: Int!, $c: Int!, $withReplies: Boolean!, $after: String) {
    posts(first: $n, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          slug
          title
          status
          publishedAt
          updatedAt
          author { slug name }
          footnotes { number text isIbid source { title year authors correctedAt csl } }
          comments(first: $c) {
            totalCount
            pageInfo { hasNextPage startCursor endCursor }
            edges {
              cursor
              node {
                ...CommentBits
                replies(first: 2) @include(if: $withReplies) {
                  pageInfo { hasNextPage }
                  edges { node { ...CommentBits replies(first: 1) { edges { node { id createdAt } } } } }
                }
              }
            }
          }
          latest: comments(last: 2) { pageInfo { hasPreviousPage } edges { node { id createdAt } } }
          otherResponses(first: 3) {
            pageInfo { hasNextPage }
            edges { node { slug status body(format: MARKDOWN) excerpt(maxLength: 60) author { name } comments(first: 2) { edges { node { id authorName } } } } }
          }
          responses(first: 2, orderBy: { field: TITLE, direction: ASC }) { edges { node { title } } }
        }
      }
    }
  }
  fragment CommentBits on Comment { id body createdAt authorName author { slug } }
`);

const ThreadPage = graphql(`
  query ThreadPage($n: Int!, $after: String, $before: String) {
    posts(first: $n) {
      edges {
        node {
          slug
          comments(first: 3, after: $after) { edges { cursor node { id } } }
          earlier: comments(last: 2, before: $before) { edges { node { id } } }
        }
      }
    }
  }
`);

const ThroughOtherLists = graphql(`
  query ThroughOtherLists($slug: String!) {
    discussions(first: 5) {
      edges {
        node {
          slug
          responses(first: 4) {
            edges { node { slug ... on Post { comments(first: 2) { edges { node { id replies(first: 2) { edges { node { id body } } } } } } } } }
          }
        }
      }
    }
    author(slug: $slug) {
      posts(first: 3) { edges { node { slug footnotes { number source { title } } otherResponses(first: 2) { edges { node { slug } } } } } }
    }
  }
`);

const BadNestedArgument = graphql(`
  query BadNestedArgument {
    posts(first: 3) { edges { node { slug comments(first: 500) { edges { node { id } } } } } }
  }
`);

const NestedFeed = graphql(`
  query FoldCount($n: Int!) {
    posts(first: $n) {
      edges {
        node {
          title
          author { name }
          footnotes { number source { title } }
          comments(first: 5) { edges { node { body author { name } replies(first: 3) { edges { node { body } } } } } }
          otherResponses(first: 3) { edges { node { title author { name } } } }
        }
      }
    }
  }
`);

async function both<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<{ folded: GraphQLResponse<TData>; plain: GraphQLResponse<TData> }> {
  const folded = (await server.execute(document, variables, { token })) as GraphQLResponse<TData>;
  const plain = (await postGraphQL(unfolded, print(document), variables, { token })) as GraphQLResponse<TData>;
  return { folded, plain };
}

/** The answer without the statistics, which differ by design. */
const answer = <TData>({ status, data, errors }: GraphQLResponse<TData>) => ({ status, data, errors });

describe("folds", () => {
  it("answer a deep query with aliases, fragments, directives and every page field exactly as separate statements do", async () => {
    for (const withReplies of [true, false]) {
      // Twice each: the first run is graphql-js's, the second the compiled one's.
      for (const _run of [1, 2]) {
        const { folded, plain } = await both(FoldedFeed, { n: 12, c: 4, withReplies, after: null });
        const data = dataOf(folded);
        expect(answer(folded)).toEqual(answer(plain));
        // The page is populated at every level, so the comparison is not trivial.
        const nodes = data.posts.edges.map((e) => e.node);
        expect(nodes.some((n) => n.footnotes.some((f) => f.source))).toBe(true);
        expect(nodes.some((n) => n.comments.pageInfo.hasNextPage)).toBe(true);
        if (withReplies) expect(nodes.some((n) => n.comments.edges.some((c) => (c.node.replies?.edges.length ?? 0) > 0))).toBe(true);
        expect(nodes.some((n) => n.otherResponses.edges.some((o) => o.node.comments.edges.length > 0))).toBe(true);
      }
    }
  });

  it("answer the next page, and pages before and after a cursor, the same way", async () => {
    const first = dataOf((await both(FoldedFeed, { n: 5, c: 4, withReplies: true, after: null })).folded);
    const next = await both(FoldedFeed, { n: 5, c: 4, withReplies: true, after: first.posts.pageInfo.endCursor });
    expect(answer(next.folded)).toEqual(answer(next.plain));

    const busiest = dataOf(next.folded).posts.edges.find((e) => e.node.comments.pageInfo.hasNextPage)!;
    const cursor = busiest.node.comments.pageInfo.endCursor;
    const paged = await both(ThreadPage, { n: 10, after: cursor, before: cursor });
    expect(answer(paged.folded)).toEqual(answer(paged.plain));
    // A cursor of one post's comments means nothing under another's: those pages are empty or start over, in both.
    expect(dataOf(paged.folded).posts.edges.some((e) => e.node.comments.edges.length > 0)).toBe(true);
  });

  it("answer an editor, who sees drafts among the other responses, the same way", async () => {
    const { folded, plain } = await both(FoldedFeed, { n: 40, c: 3, withReplies: true, after: null }, editorToken);
    expect(answer(folded)).toEqual(answer(plain));
    const listed = dataOf(folded).posts.edges.flatMap((e) => e.node.otherResponses.edges.map((o) => o.node));
    expect(listed.some((post) => post.status === "DRAFT")).toBe(true);
    // And an anonymous reader sees none of it.
    const anonymous = dataOf((await both(FoldedFeed, { n: 40, c: 3, withReplies: true, after: null })).folded);
    expect(anonymous.posts.edges.flatMap((e) => e.node.otherResponses.edges).some((o) => o.node.status === "DRAFT")).toBe(false);
  });

  it("answer lists below discussions and authors the same way", async () => {
    const author = await server.db.prisma.author.findFirstOrThrow({ where: { posts: { some: {} } }, orderBy: { id: "asc" } });
    const { folded, plain } = await both(ThroughOtherLists, { slug: author.slug });
    expect(answer(folded)).toEqual(answer(plain));
    expect(dataOf(folded).discussions.edges.some((d) => d.node.responses.edges.some((r) => r.node.comments.edges.length > 0))).toBe(true);
  });

  it("give folded rows' dates as stored, whatever the process's time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const data = dataOf(await server.execute(FoldedFeed, { n: 6, c: 4, withReplies: true, after: null }));
      const listed = data.posts.edges.flatMap((e) => e.node.comments.edges.flatMap((c) => [c.node, ...(c.node.replies?.edges.map((r) => r.node) ?? [])]));
      expect(listed.length).toBeGreaterThan(6);
      const ids = listed.map((c) => Number(decodeGlobalId(c.id).id));
      const stored = await server.db.prisma.comment.findMany({ where: { id: { in: ids } } });
      const storedAt = new Map(stored.map((c) => [c.id, c.createdAt.toISOString()]));
      expect(listed.map((c, i) => [ids[i], c.createdAt])).toEqual(ids.map((id) => [id, storedAt.get(id)]));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("leave an argument the list refuses to its resolver: the same error, with its code", async () => {
    const { folded, plain } = await both(BadNestedArgument, {});
    expect(folded.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer(folded)).toEqual(answer(plain));
  });

  it("read the whole nested query in one statement on PostgreSQL, however many posts", async () => {
    if (server.db.provider !== "postgresql") return;
    for (const n of [2, 20]) {
      const { folded, plain } = await both(NestedFeed, { n });
      expect(answer(folded)).toEqual(answer(plain));
      expect(folded.extensions?.queryStats?.sqlStatements).toBe(1);
      expect(plain.extensions?.queryStats?.sqlStatements).toBe(5);
    }
    // One statement, its lists as correlated subqueries with bound parameters only.
    const statements: string[] = [];
    dataOf(await captureSql(statements, () => server.execute(NestedFeed, { n: 20 })));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/json_agg\(json_build_array/);
    expect(statements[0]).toMatch(/LIMIT \$\d+/);
    expect(statements[0]).not.toMatch(/LIMIT \d/);
  });

  it("know every DateTime column of the tables they read, as the Prisma schema declares them", () => {
    const schema = readFileSync(new URL("../prisma/schema.prisma", import.meta.url), "utf8");
    for (const [table, columns] of Object.entries(DATE_COLUMNS)) {
      const model = new RegExp(`^model ${table} \\{([\\s\\S]*?)^\\}`, "m").exec(schema)?.[1];
      expect(model, table).toBeDefined();
      const declared = [...model!.matchAll(/^\s+(\w+)\s+DateTime\b/gm)].map((m) => m[1]);
      expect([...columns].sort(), table).toEqual(declared.sort());
    }
  });
});
