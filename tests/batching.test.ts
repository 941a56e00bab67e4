import type { ResultOf, TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSyntheticBlog } from "../bench/dataset.js";
import { captureSql } from "../src/db/query-stats.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// The N+1 guard. The query-stats counter counts statements at the driver
// adapter, so this is what the database really received.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, queryStats: true });
  // Many authors, so that each level of the query has authors not yet in the
  // request's cache: a cache hit saves a statement, which would hide the count.
  await generateSyntheticBlog(server.db.prisma, { posts: 60, authors: 40, footnotesPerPost: 4, commentsPerPost: 12, seed: 7 });
});
afterAll(() => server.close());

const NestedFeed = graphql(`
  query NestedFeed($n: Int!) {
    posts(first: $n) {
      edges {
        node {
          title
          author { name }
          footnotes { number source { title } }
          comments(first: 5) {
            edges { node { body author { name } replies(first: 3) { edges { node { body } } } } }
          }
          otherResponses(first: 3) { edges { node { title author { name } } } }
        }
      }
    }
  }
`);

const NestedWithKeys = graphql(`
  query NestedWithKeys($n: Int!) {
    posts(first: $n) {
      edges {
        node {
          slug
          author { slug name affiliation }
          footnotes { number source { kind title year authors } }
          comments(first: 5) { edges { node { body(format: MARKDOWN) author { slug name } } } }
        }
      }
    }
  }
`);

const DatedPage = graphql(`
  query DatedPage($after: String) {
    posts(first: 7, after: $after) { pageInfo { endCursor } edges { node { slug publishedAt updatedAt } } }
  }
`);

const WithCounts = graphql(`
  query WithCounts($n: Int!) {
    posts(first: $n) {
      totalCount
      edges {
        node {
          commentCount
          comments(first: 5) { totalCount edges { node { replies(first: 3) { totalCount } } } }
          responses(first: 2) { totalCount }
          otherResponses(first: 3) { totalCount }
          author { posts(first: 2) { totalCount } comments(first: 2) { totalCount } }
          footnotes { source { citedIn(first: 2) { totalCount } } }
        }
      }
    }
  }
`);

const PostTexts = graphql(`
  query PostTexts($n: Int!) {
    posts(first: $n) {
      edges {
        node {
          ...PostText
          otherResponses(first: 2) { edges { node { slug wordCount readingTimeMinutes } } }
          author { posts(first: 2) { edges { node { ... on Post { slug excerpt(maxLength: 40) } } } } }
        }
      }
    }
  }
  fragment PostText on Post { slug body(format: MARKDOWN) }
`);

const PostTextBySlug = graphql(`
  query PostTextBySlug($slug: String!) {
    post(slug: $slug) { body(format: MARKDOWN) wordCount readingTimeMinutes excerpt(maxLength: 40) }
  }
`);

async function statementsFor<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const response = await server.execute(document, variables);
  const data = dataOf(response);
  return { data, statements: response.extensions?.queryStats?.sqlStatements ?? -1 };
}

describe("batched loading", () => {
  it("sends the same number of statements for 2 posts as for 50: at most one per relation", async () => {
    const small = await statementsFor(NestedFeed, { n: 2 });
    const large = await statementsFor(NestedFeed, { n: 50 });
    expect(large.data.posts.edges).toHaveLength(50);
    // The page really is populated at every level, so the count is not trivially small.
    const nodes = large.data.posts.edges.map((e) => e.node);
    expect(nodes.some((n) => n.footnotes.length > 0 && n.footnotes.some((f) => f.source))).toBe(true);
    expect(nodes.some((n) => n.comments.edges.some((c) => c.node.replies.edges.length > 0))).toBe(true);
    expect(nodes.some((n) => n.otherResponses.edges.length > 0)).toBe(true);

    // The count is the same for 2 posts as for 50, and exact on each database.
    if (server.db.provider === "postgresql") {
      // posts, footnotes, comments, replies and otherResponses: one statement
      // per list level. The authors of posts, comments and other responses,
      // and the notes' sources, are read in the statement of the list that
      // points to them (pagination.ts, Embed), whatever order answers arrive in.
      expect(small.statements).toBe(5);
      expect(large.statements).toBe(5);
    } else {
      // SQLite has no round trips: authors and sources are looked up apart,
      // deduplicated, which costs less there than the joins. The authors of
      // comments and of other responses, two depths apart, share one batch
      // (SQLite answers in the same order every time).
      expect(small.statements).toBe(7);
      expect(large.statements).toBe(7);
    }
  });

  it("gives the rows read along with a list (authors, sources) exactly as they are stored", async () => {
    const { data } = await statementsFor(NestedWithKeys, { n: 50 });
    const posts = await server.db.prisma.post.findMany({
      where: { slug: { in: data.posts.edges.map((e) => e.node.slug) }, status: "PUBLISHED" },
      include: {
        author: true,
        footnotes: { include: { source: true }, orderBy: { number: "asc" } },
        comments: { where: { parentId: null, status: "APPROVED" }, include: { author: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 5 },
      },
    });
    const bySlug = new Map(posts.map((p) => [p.slug, p]));
    let guests = 0;
    for (const { node } of data.posts.edges) {
      const stored = bySlug.get(node.slug)!;
      expect(node.author).toEqual({ slug: stored.author.slug, name: stored.author.name, affiliation: stored.author.affiliation });
      expect(node.footnotes).toEqual(
        stored.footnotes.map((f) => ({ number: f.number, source: f.source ? { kind: f.source.kind, title: f.source.title, year: f.source.year, authors: JSON.parse(f.source.authors) as unknown } : null })),
      );
      expect(node.comments.edges.map((e) => e.node.body)).toEqual(stored.comments.map((c) => c.body));
      node.comments.edges.forEach((e, i) => {
        const author = stored.comments[i]!.author;
        if (!author) guests += 1;
        expect(e.node.author).toEqual(author ? { slug: author.slug, name: author.name } : null);
      });
    }
    // Guests' comments have no author row to join: they stay without one.
    expect(guests).toBeGreaterThan(0);
  });

  it("reads and binds dates as UTC, whatever the process's time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const first = dataOf(await server.execute(DatedPage, {}));
      // The cursor carries a date, bound as a parameter: the next page must start right after this one.
      const second = dataOf(await server.execute(DatedPage, { after: first.posts.pageInfo.endCursor }));
      const listed = [...first.posts.edges, ...second.posts.edges].map((e) => e.node);
      const stored = await server.db.prisma.post.findMany({
        where: { status: "PUBLISHED", publishedAt: { not: null } },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: 14,
      });
      expect(listed).toEqual(stored.map((p) => ({ slug: p.slug, publishedAt: p.publishedAt!.toISOString(), updatedAt: p.updatedAt.toISOString() })));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("batches totalCount and commentCount the same way", async () => {
    const small = await statementsFor(WithCounts, { n: 3 });
    const large = await statementsFor(WithCounts, { n: 40 });
    expect(large.data.posts.edges).toHaveLength(40);
    // Eight connections (posts, comments, replies, responses, otherResponses, the
    // author's posts and comments, citedIn), each a page and a count, plus
    // commentCount, author, footnotes and sources: 20 statements at most, whatever the number of posts.
    expect(small.statements).toBeLessThanOrEqual(20);
    expect(large.statements).toBeLessThanOrEqual(20);
    if (server.db.provider === "sqlite") expect(large.statements).toBe(small.statements);
  });

  it("keeps per-parent limits inside the database: each parent gets its own page", async () => {
    const { data } = await statementsFor(NestedFeed, { n: 50 });
    for (const { node } of data.posts.edges) {
      expect(node.comments.edges.length).toBeLessThanOrEqual(5);
      for (const comment of node.comments.edges) expect(comment.node.replies.edges.length).toBeLessThanOrEqual(3);
      expect(node.otherResponses.edges.length).toBeLessThanOrEqual(3);
    }
    const busiest = await server.db.prisma.comment.groupBy({
      by: ["postId"],
      where: { parentId: null, status: "APPROVED" },
      _count: { _all: true },
      orderBy: { _count: { postId: "desc" } },
      take: 1,
    });
    expect(busiest[0]!._count._all).toBeGreaterThan(5);
  });

  it("pages every parent in one statement, in the database's natural form", async () => {
    const statements: string[] = [];
    const response = await captureSql(statements, () => server.execute(NestedFeed, { n: 20 }));
    dataOf(response);
    const perParent = statements.filter((sql) => /\bROW_NUMBER\(\)/.test(sql));
    // comments, replies and otherResponses are per-parent pages.
    expect(perParent).toHaveLength(3);
    for (const sql of perParent) {
      if (server.db.provider === "postgresql") {
        // One page query per parent, each an index range scan that stops at its limit.
        expect(sql).toMatch(/CROSS JOIN LATERAL/);
        // The parents are one bound array, so the text is the same for any batch and stays prepared.
        expect(sql).toMatch(/unnest\(\$1::integer\[\]\)/);
      } else {
        // A window over the batch's rows, partitioned by parent, the parents one bound JSON array.
        expect(sql).toMatch(/PARTITION BY/);
        expect(sql).toMatch(/IN \(SELECT "value" FROM json_each\(\?\)\)/);
        expect(sql).not.toMatch(/LATERAL/);
      }
    }
  });

  it("reads a list's posts without their bodies when its nodes select nothing made from one, and with them when they do", async () => {
    const postRows = (statements: string[]) => statements.filter((sql) => /FROM "Post" t\b/.test(sql) && !/COUNT\(/.test(sql));
    const lean: string[] = [];
    dataOf(await captureSql(lean, () => server.execute(NestedFeed, { n: 10 })));
    // The root list and otherResponses: neither selects a body, so neither reads one.
    expect(postRows(lean)).toHaveLength(2);
    for (const sql of postRows(lean)) {
      expect(sql).not.toMatch(/t\.\*/);
      expect(sql).not.toMatch(/"body"/);
    }

    // A fragment spread, a field of the nodes' nodes and an inline fragment: each list whose nodes ask for a body reads it with its rows.
    // Twice: the first execution is graphql-js's, the second the compiled one's (plugins/compiled-execution.ts).
    let data: ResultOf<typeof PostTexts> | undefined;
    for (const _execution of ["standard", "compiled"]) {
      const full: string[] = [];
      data = dataOf(await captureSql(full, () => server.execute(PostTexts, { n: 6 })));
      expect(postRows(full).length).toBeGreaterThanOrEqual(3);
      for (const sql of postRows(full)) expect(sql).toMatch(/t\.\*/);
      // No statement of its own for the bodies.
      expect(full.filter((sql) => /SELECT t\."id", t\."body"/.test(sql))).toEqual([]);
    }
    // And they are the bodies a lookup by slug gives.
    const listed = data!.posts.edges.flatMap(({ node }) => [
      { slug: node.slug, body: node.body },
      ...node.otherResponses.edges.map(({ node: other }) => ({ slug: other.slug, wordCount: other.wordCount, readingTimeMinutes: other.readingTimeMinutes })),
      ...node.author.posts.edges.map(({ node: own }) => ({ slug: own.slug, excerpt: own.excerpt })),
    ]);
    expect(listed.length).toBeGreaterThan(6);
    for (const item of listed) {
      const { post } = dataOf(await server.execute(PostTextBySlug, { slug: item.slug }));
      if ("body" in item) expect(item.body).toBe(post!.body);
      if ("wordCount" in item) expect([item.wordCount, item.readingTimeMinutes]).toEqual([post!.wordCount, post!.readingTimeMinutes]);
      if ("excerpt" in item) expect(item.excerpt).toBe(post!.excerpt);
    }
  });
});
