import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LatestPostsQuery } from "./graphql/graphql.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PostBySlug = graphql(`
  query PostBySlug($slug: String!) {
    post(slug: $slug) {
      id
      slug
      title
      excerpt(maxLength: 120)
      markdown: body(format: MARKDOWN)
      html: body
      text: body(format: TEXT)
      wordCount
      readingTimeMinutes
      publishedAt
      updatedAt
      author { slug name }
      discussion { slug title }
      inResponseTo { slug }
      commentCount
    }
  }
`);

const LatestPosts = graphql(`
  query LatestPosts($first: Int, $after: String, $last: Int, $before: String, $filter: PostFilter, $orderBy: PostOrder) {
    posts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { slug title publishedAt updatedAt author { slug } } }
    }
  }
`);

describe("post(slug:)", () => {
  it("returns a published post with its author, discussion and dates", async () => {
    const { post } = dataOf(await server.execute(PostBySlug, { slug: "the-commons-is-a-verb" }));
    expect(post).toMatchObject({
      slug: "the-commons-is-a-verb",
      title: "The Commons Is a Verb",
      author: { slug: "eleanor-voss", name: "Eleanor Voss" },
      discussion: { slug: "who-keeps-the-commons" },
      inResponseTo: null,
      publishedAt: "2026-03-02T14:30:00.000Z",
      updatedAt: "2026-03-04T09:15:00.000Z",
    });
  });

  it("serves the body as Markdown, sanitized HTML with linked footnotes, and plain text", async () => {
    const { post } = dataOf(await server.execute(PostBySlug, { slug: "the-commons-is-a-verb" }));
    expect(post?.markdown).toContain("[^1]: Garrett Hardin");
    expect(post?.html).toContain("<h2>The pasture that launched a thousand syllabi</h2>");
    // The marker links down to the note, and the note links back up.
    expect(post?.html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"[^>]*>1<\/a>/);
    expect(post?.html).toMatch(/<li id="user-content-fn-1">[\s\S]*?<a href="#user-content-fnref-1"/);
    expect(post?.html).not.toContain("[^1]");
    expect(post?.text).not.toMatch(/[<>[\]*]/);
    expect(post?.text).not.toContain("Garrett Hardin, “The Tragedy");
    expect(post?.text?.startsWith("When I proposed this term's prompt")).toBe(true);
  });

  it("derives excerpt, word count and reading time from the text", async () => {
    const { post } = dataOf(await server.execute(PostBySlug, { slug: "the-commons-is-a-verb" }));
    expect(post?.excerpt.length).toBeLessThanOrEqual(121);
    expect(post?.excerpt.endsWith("…")).toBe(true);
    expect(post?.text?.startsWith(post.excerpt.slice(0, -1))).toBe(true);
    const words = post?.text?.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length ?? 0;
    expect(Math.abs((post?.wordCount ?? 0) - words)).toBeLessThan(words * 0.05);
    expect(post?.readingTimeMinutes).toBe(Math.max(1, Math.round((post?.wordCount ?? 0) / 230)));
  });

  it("counts approved comments only, replies included", async () => {
    const { post } = dataOf(await server.execute(PostBySlug, { slug: "the-commons-is-a-verb" }));
    const approved = await server.db.prisma.comment.count({
      where: { post: { slug: "the-commons-is-a-verb" }, status: "APPROVED" },
    });
    const all = await server.db.prisma.comment.count({ where: { post: { slug: "the-commons-is-a-verb" } } });
    expect(approved).toBeLessThan(all);
    expect(post?.commentCount).toBe(approved);
  });

  it("gives null for an unknown slug and for a draft", async () => {
    expect(dataOf(await server.execute(PostBySlug, { slug: "no-such-post" })).post).toBeNull();
    expect(dataOf(await server.execute(PostBySlug, { slug: "against-ibid" })).post).toBeNull();
  });
});

describe("posts", () => {
  it("lists published posts newest first, without drafts", async () => {
    const { posts } = dataOf(await server.execute(LatestPosts, { first: 100 }));
    const published = await server.db.prisma.post.count({ where: { status: "PUBLISHED" } });
    expect(posts.totalCount).toBe(published);
    expect(posts.edges).toHaveLength(published);
    expect(posts.edges.map((e) => e.node.slug)).not.toContain("against-ibid");
    const times = posts.edges.map((e) => Date.parse(e.node.publishedAt!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(posts.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("pages forward with first/after until the last page", async () => {
    const { posts: all } = dataOf(await server.execute(LatestPosts, { first: 100 }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { posts }: LatestPostsQuery = dataOf(await server.execute(LatestPosts, { first: 3, after }));
      seen.push(...posts.edges.map((e) => e.node.slug));
      pages += 1;
      expect(posts.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(posts.pageInfo.startCursor).toBe(posts.edges[0]?.cursor ?? null);
      expect(posts.pageInfo.endCursor).toBe(posts.edges.at(-1)?.cursor ?? null);
      if (!posts.pageInfo.hasNextPage) break;
      after = posts.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.slug));
    expect(pages).toBe(Math.ceil(all.edges.length / 3));
  });

  it("pages backward with last/before and meets the same items", async () => {
    const { posts: all } = dataOf(await server.execute(LatestPosts, { first: 100 }));
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { posts }: LatestPostsQuery = dataOf(await server.execute(LatestPosts, { last: 4, before }));
      seen.unshift(...posts.edges.map((e) => e.node.slug));
      expect(posts.pageInfo.hasNextPage).toBe(before !== null);
      if (!posts.pageInfo.hasPreviousPage) break;
      before = posts.pageInfo.startCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.slug));
  });

  it("returns the items between two cursors with after and before together", async () => {
    const { posts: all } = dataOf(await server.execute(LatestPosts, { first: 100 }));
    const { posts } = dataOf(
      await server.execute(LatestPosts, { first: 10, after: all.edges[1]!.cursor, before: all.edges[5]!.cursor }),
    );
    expect(posts.edges.map((e) => e.node.slug)).toEqual(all.edges.slice(2, 5).map((e) => e.node.slug));
  });

  it("gives an empty page past the end, and for first: 0", async () => {
    const { posts: all } = dataOf(await server.execute(LatestPosts, { first: 100 }));
    const { posts: past } = dataOf(await server.execute(LatestPosts, { first: 5, after: all.edges.at(-1)!.cursor }));
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(past.totalCount).toBe(all.totalCount);
    const { posts: none } = dataOf(await server.execute(LatestPosts, { first: 0 }));
    expect(none.edges).toEqual([]);
    expect(none.pageInfo.hasNextPage).toBe(true);
  });

  it("filters by author, discussion, date range and response status", async () => {
    const byAuthor = dataOf(await server.execute(LatestPosts, { first: 50, filter: { authorSlugs: ["marcus-oyelaran"] } }));
    expect(byAuthor.posts.edges.map((e) => e.node.slug)).toEqual(["hardins-pasture-was-never-empty"]);
    expect(byAuthor.posts.totalCount).toBe(1);

    const byDiscussion = dataOf(
      await server.execute(LatestPosts, { first: 50, filter: { discussionSlugs: ["why-footnote"] } }),
    );
    expect(byDiscussion.posts.edges.map((e) => e.node.slug)).toEqual([
      "footnotes-for-people-who-skip-them",
      "the-footnote-as-an-open-door",
    ]);

    const inMarch = dataOf(
      await server.execute(LatestPosts, {
        first: 50,
        filter: { publishedAfter: "2026-03-05T00:00:00Z", publishedBefore: "2026-03-09T00:00:00Z" },
      }),
    );
    expect(inMarch.posts.edges.map((e) => e.node.slug)).toEqual([
      "the-sidewalk-is-a-commons",
      "edit-history",
      "hardins-pasture-was-never-empty",
    ]);

    const responses = dataOf(await server.execute(LatestPosts, { first: 50, filter: { isResponse: true } }));
    expect(responses.posts.edges.map((e) => e.node.slug).sort()).toEqual([
      "hardins-pasture-was-never-empty",
      "in-partial-defense-of-hardin",
    ]);

    const nobody = dataOf(await server.execute(LatestPosts, { first: 50, filter: { authorSlugs: ["nobody"] } }));
    expect(nobody.posts).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("orders by title and by update time, in either direction", async () => {
    const byTitle = dataOf(await server.execute(LatestPosts, { first: 50, orderBy: { field: "TITLE", direction: "ASC" } }));
    const titles = byTitle.posts.edges.map((e) => e.node.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const page1 = dataOf(await server.execute(LatestPosts, { first: 4, orderBy: { field: "UPDATED_AT", direction: "DESC" } }));
    const page2 = dataOf(
      await server.execute(LatestPosts, {
        first: 4,
        after: page1.posts.pageInfo.endCursor,
        orderBy: { field: "UPDATED_AT", direction: "DESC" },
      }),
    );
    const updated = [...page1.posts.edges, ...page2.posts.edges].map((e) => Date.parse(e.node.updatedAt));
    expect([...updated].sort((a, b) => b - a)).toEqual(updated);
  });
});
