import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSyntheticBlog } from "../bench/dataset.js";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Every connection, walked forwards with first/after and backwards with
// last/before in small pages, must meet exactly the items of one big page, in
// the same order, with totalCount equal to their number.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await generateSyntheticBlog(server.db.prisma, { posts: 40, authors: 6, discussions: 3, footnotesPerPost: 3, commentsPerPost: 16, seed: 11 });
});
afterAll(() => server.close());

graphql(`
  fragment PostPage on PostConnection {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
`);
graphql(`
  fragment CommentPage on CommentConnection {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
`);

const RootLists = graphql(`
  query RootLists($first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {
    posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }
    authors(first: $first, after: $after, last: $last, before: $before) @include(if: $b) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
    discussions(first: $first, after: $after, last: $last, before: $before) @include(if: $c) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
  }
`);

const PostLists = graphql(`
  query PostLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {
    node(id: $id) {
      __typename
      ... on Post {
        responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }
        otherResponses(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage }
        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage }
      }
    }
  }
`);

const AuthorLists = graphql(`
  query AuthorLists($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false) {
    node(id: $id) {
      __typename
      ... on Author {
        posts(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage }
        comments(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...CommentPage }
      }
    }
  }
`);

const OtherLists = graphql(`
  query OtherLists($discussion: ID!, $source: ID!, $comment: ID!, $first: Int, $after: String, $last: Int, $before: String, $a: Boolean = false, $b: Boolean = false, $c: Boolean = false) {
    discussion: node(id: $discussion) {
      __typename
      ... on Discussion { responses(first: $first, after: $after, last: $last, before: $before) @include(if: $a) { ...PostPage } }
    }
    source: node(id: $source) {
      __typename
      ... on Source { citedIn(first: $first, after: $after, last: $last, before: $before) @include(if: $b) { ...PostPage } }
    }
    comment: node(id: $comment) {
      __typename
      ... on Comment { replies(first: $first, after: $after, last: $last, before: $before) @include(if: $c) { ...CommentPage } }
    }
  }
`);

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
  edges: { cursor: string; node: { id: string } }[];
}
type PageArgs = { first?: number; after?: string | null; last?: number; before?: string | null };
/** Which of the document's connections to fetch (each is behind an @include). */
type Flags = { a?: boolean; b?: boolean; c?: boolean };
type Fetch = (args: PageArgs) => Promise<Page>;

async function expectConsistentPaging(name: string, fetch: Fetch, minimum: number): Promise<void> {
  const whole = await fetch({ first: 100 });
  const ids = whole.edges.map((e) => e.node.id);
  expect(ids.length, `${name}: the fixture should give this list several pages`).toBeGreaterThanOrEqual(minimum);
  expect(whole.totalCount, `${name}: totalCount`).toBe(ids.length);
  expect(whole.pageInfo.hasNextPage, `${name}: one page holds everything`).toBe(false);

  const forward: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await fetch({ first: 3, after });
    forward.push(...page.edges.map((e) => e.node.id));
    expect(page.pageInfo.hasPreviousPage, `${name}: hasPreviousPage going forward`).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }
  expect(forward, `${name}: forward pages`).toEqual(ids);

  const backward: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await fetch({ last: 3, before });
    backward.unshift(...page.edges.map((e) => e.node.id));
    expect(page.pageInfo.hasNextPage, `${name}: hasNextPage going backward`).toBe(before !== null);
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor ?? null;
  }
  expect(backward, `${name}: backward pages`).toEqual(ids);

  const tail = await fetch({ last: 2 });
  expect(tail.edges.map((e) => e.node.id), `${name}: last 2`).toEqual(ids.slice(-2));
  const empty = await fetch({ first: 3, after: whole.edges.at(-1)!.cursor });
  expect(empty.edges, `${name}: past the end`).toEqual([]);
  expect(empty.pageInfo.hasNextPage).toBe(false);
}

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");

describe("every connection pages both ways", () => {
  it("top-level posts, authors and discussions", async () => {
    const run = async (args: PageArgs & Flags) => dataOf(await server.execute(RootLists, args));
    await expectConsistentPaging("posts", async (a) => (await run({ ...a, a: true })).posts!, 10);
    await expectConsistentPaging("authors", async (a) => (await run({ ...a, b: true })).authors!, 5);
    await expectConsistentPaging("discussions", async (a) => (await run({ ...a, c: true })).discussions!, 3);
  });

  it("a post's responses, other responses and comments", async () => {
    const db = server.db.prisma;
    const answered = await db.post.findFirstOrThrow({ where: { responses: { some: {} } }, orderBy: { responses: { _count: "desc" } } });
    const inBusyDiscussion = await db.post.findFirstOrThrow({
      where: { discussion: { isNot: null } },
      orderBy: { discussion: { posts: { _count: "desc" } } },
    });
    const node = async (id: number, args: PageArgs & Flags) => {
      const { node } = dataOf(await server.execute(PostLists, { id: globalId("Post", id), ...args }));
      if (node?.__typename !== "Post") throw new Error("expected a post");
      return node;
    };
    await expectConsistentPaging("Post.responses", async (a) => (await node(answered.id, { ...a, a: true })).responses!, 1);
    await expectConsistentPaging("Post.otherResponses", async (a) => (await node(inBusyDiscussion.id, { ...a, b: true })).otherResponses!, 5);
    await expectConsistentPaging("Post.comments", async (a) => (await node(inBusyDiscussion.id, { ...a, c: true })).comments!, 5);
  });

  it("an author's posts and comments", async () => {
    const busiest = await server.db.prisma.author.findFirstOrThrow({ orderBy: { comments: { _count: "desc" } } });
    const node = async (args: PageArgs & Flags) => {
      const { node } = dataOf(await server.execute(AuthorLists, { id: globalId("Author", busiest.id), ...args }));
      if (node?.__typename !== "Author") throw new Error("expected an author");
      return node;
    };
    await expectConsistentPaging("Author.posts", async (a) => (await node({ ...a, a: true })).posts!, 4);
    await expectConsistentPaging("Author.comments", async (a) => (await node({ ...a, b: true })).comments!, 5);
  });

  it("a discussion's responses, a source's citing posts, and a comment's replies", async () => {
    const db = server.db.prisma;
    const discussion = await db.discussion.findFirstOrThrow({ orderBy: { posts: { _count: "desc" } } });
    const source = await db.source.findFirstOrThrow({ orderBy: { footnotes: { _count: "desc" } } });
    const comment = await db.comment.findFirstOrThrow({
      where: { status: "APPROVED" },
      orderBy: { replies: { _count: "desc" } },
    });
    const ids = { discussion: globalId("Discussion", discussion.id), source: globalId("Source", source.id), comment: globalId("Comment", comment.id) };
    const run = async (args: PageArgs & Flags) => dataOf(await server.execute(OtherLists, { ...ids, ...args }));
    await expectConsistentPaging("Discussion.responses", async (a) => {
      const { discussion } = await run({ ...a, a: true });
      if (discussion?.__typename !== "Discussion") throw new Error("expected a discussion");
      return discussion.responses!;
    }, 5);
    await expectConsistentPaging("Source.citedIn", async (a) => {
      const { source } = await run({ ...a, b: true });
      if (source?.__typename !== "Source") throw new Error("expected a source");
      return source.citedIn!;
    }, 2);
    await expectConsistentPaging("Comment.replies", async (a) => {
      const { comment } = await run({ ...a, c: true });
      if (comment?.__typename !== "Comment") throw new Error("expected a comment");
      return comment.replies!;
    }, 2);
  });
});

const NewDiscussionAfterDataSet = graphql(`
  mutation NewDiscussionAfterDataSet($input: CreateDiscussionInput!) {
    createDiscussion(input: $input) { __typename ... on CreateDiscussionPayload { discussion { title } } }
  }
`);

describe("the synthetic data set", () => {
  // Its rows go in with their ids; on PostgreSQL the sequences must be moved past them (bench/dataset.ts).
  it("leaves room for the rows the server creates next", async () => {
    const editor = await server.db.prisma.author.findFirstOrThrow({ orderBy: { id: "asc" } });
    const { token } = await issueToken(server.db.prisma, editor.slug, "EDITOR");
    const { createDiscussion } = dataOf(await server.execute(NewDiscussionAfterDataSet, { input: { title: "After the data set", prompt: "Does a new row get an id of its own?" } }, { token }));
    expect(createDiscussion).toMatchObject({ __typename: "CreateDiscussionPayload", discussion: { title: "After the data set" } });
  });
});
