import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

// Hidden rows planted next to the demo content: a draft with its own source and
// an approved comment, a published post with no publication time, a post
// answering the draft, and an approved reply under the rejected spam comment.
// None of them may surface, through any path, in any list or count.

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");

let server: TestServer;
const hidden = { draftSourceId: 0, draftCommentId: 0, orphanReplyId: 0, undatedPostId: 0, draftId: 0 };

beforeAll(async () => {
  // CountedThread walks every thread to the bottom, a query well above the default cost limit.
  server = await startTestServer({ limits: { maxCost: 5_000_000 } });
  const db = server.db.prisma;
  const draft = await db.post.findFirstOrThrow({ where: { slug: "against-ibid" } });
  const author = await db.author.findFirstOrThrow({ where: { slug: "theo-marchetti" } });
  const source = await db.source.create({
    data: { key: "hidden|secret book|2020", kind: "BOOK", title: "A Secret Book", authors: '["Hidden Person"]', year: 2020 },
  });
  await db.footnote.create({ data: { postId: draft.id, number: 1, text: "Hidden Person, *A Secret Book* (2020), 1.", sourceId: source.id } });
  const draftComment = await db.comment.create({ data: { postId: draft.id, authorId: author.id, body: "On a draft.", status: "APPROVED" } });
  const rejected = await db.comment.findFirstOrThrow({ where: { status: "REJECTED" } });
  const orphanReply = await db.comment.create({
    data: { postId: rejected.postId, parentId: rejected.id, authorId: author.id, body: "Under spam.", status: "APPROVED" },
  });
  const undated = await db.post.create({
    data: { slug: "undated", title: "Undated", body: "No date.", status: "PUBLISHED", publishedAt: null, authorId: author.id },
  });
  await db.post.create({
    data: {
      slug: "answers-a-draft",
      title: "Answers a Draft",
      body: "Replying to something unpublished.",
      status: "PUBLISHED",
      publishedAt: new Date("2026-03-20T10:00:00Z"),
      authorId: author.id,
      inResponseToId: draft.id,
    },
  });
  Object.assign(hidden, {
    draftSourceId: source.id,
    draftCommentId: draftComment.id,
    orphanReplyId: orphanReply.id,
    undatedPostId: undated.id,
    draftId: draft.id,
  });
});
afterAll(() => server.close());

const Node = graphql(`
  query HiddenNode($id: ID!) {
    node(id: $id) { id }
  }
`);

const AuthorActivity = graphql(`
  query AuthorActivity {
    author(slug: "theo-marchetti") {
      posts(first: 50) { totalCount edges { node { slug } } }
      comments(first: 50) { totalCount edges { node { body } } }
    }
  }
`);

const Lists = graphql(`
  query HiddenLists {
    all: posts(first: 100) { totalCount edges { node { slug } } }
    responses: posts(first: 100, filter: { isResponse: true }) { totalCount edges { node { slug inResponseTo { slug } } } }
    standalone: posts(first: 100, filter: { isResponse: false }) { edges { node { slug } } }
    post(slug: "undated") { slug }
  }
`);

const Thread = graphql(`
  query CountedThread($slug: String!) {
    post(slug: $slug) {
      commentCount
      comments(first: 100) {
        edges { node { replies(first: 100) { edges { node { replies(first: 100) { edges { node { replies(first: 100) { totalCount } } } } } } } } }
      }
    }
  }
`);

const AnswerPost = graphql(`
  mutation AnswerHiddenPost($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on ValidationError { fields { path message } } }
  }
`);

const ChangePost = graphql(`
  mutation ChangeHiddenPost($input: UpdatePostInput!) {
    updatePost(input: $input) { __typename ... on NotFoundError { code } ... on ForbiddenError { code } }
  }
`);

const CommentOn = graphql(`
  mutation CommentOnHiddenPost($input: AddCommentInput!) {
    addComment(input: $input) { __typename ... on NotFoundError { code } }
  }
`);

describe("hidden content stays hidden", () => {
  it("gives null from node(id:) for a draft, its source, its comment, an undated post and an orphaned reply", async () => {
    for (const id of [
      globalId("Post", hidden.draftId),
      globalId("Post", hidden.undatedPostId),
      globalId("Source", hidden.draftSourceId),
      globalId("Comment", hidden.draftCommentId),
      globalId("Comment", hidden.orphanReplyId),
    ]) {
      expect(dataOf(await server.execute(Node, { id })).node, id).toBeNull();
    }
  });

  it("keeps them out of an author's posts and comments, and their counts", async () => {
    const { author } = dataOf(await server.execute(AuthorActivity));
    expect(author!.posts.edges.map((e) => e.node.slug)).not.toContain("undated");
    expect(author!.posts.totalCount).toBe(author!.posts.edges.length);
    const bodies = author!.comments.edges.map((e) => e.node.body);
    expect(bodies.join()).not.toMatch(/On a draft|Under spam/);
    expect(author!.comments.totalCount).toBe(bodies.length);
  });

  it("keeps an undated post out of lists, and does not call an answer to a draft a response", async () => {
    const data = dataOf(await server.execute(Lists));
    expect(data.post).toBeNull();
    expect(data.all.edges.map((e) => e.node.slug)).not.toContain("undated");
    expect(data.all.totalCount).toBe(data.all.edges.length);
    expect(data.responses.edges.every((e) => e.node.inResponseTo !== null)).toBe(true);
    expect(data.responses.edges.map((e) => e.node.slug)).not.toContain("answers-a-draft");
    expect(data.standalone.edges.map((e) => e.node.slug)).toContain("answers-a-draft");
  });

  it("counts exactly the comments a reader can reach by walking the thread", async () => {
    const rejected = await server.db.prisma.comment.findFirstOrThrow({ where: { status: "REJECTED" }, include: { post: true } });
    const { post } = dataOf(await server.execute(Thread, { slug: rejected.post.slug }));
    let reachable = 0;
    for (const { node: top } of post!.comments.edges) {
      reachable += 1;
      for (const { node: reply } of top.replies.edges) {
        reachable += 1;
        for (const { node: deeper } of reply.replies.edges) reachable += 1 + deeper.replies.totalCount;
      }
    }
    expect(post!.commentCount).toBe(reachable);
  });
});

describe("writes see posts as reads do", () => {
  // Another author than the undated post's: to them it is hidden, as it is to every reader.
  let token = "";
  beforeAll(async () => {
    token = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  });

  it("will not let a post answer an undated post or someone else's draft", async () => {
    for (const hiddenId of [hidden.undatedPostId, hidden.draftId]) {
      const input = { title: "An Answer", body: "Text.", inResponseToId: globalId("Post", hiddenId) };
      const { createPost } = dataOf(await server.execute(AnswerPost, { input }, { token }));
      expect(createPost, `post ${hiddenId}`).toEqual({
        __typename: "ValidationError",
        fields: [{ path: ["inResponseToId"], message: "no such post" }],
      });
    }
  });

  it("reports an undated post as not found to an author who may not change it, as it does a draft", async () => {
    for (const hiddenId of [hidden.undatedPostId, hidden.draftId]) {
      const input = { id: globalId("Post", hiddenId), expectedRevision: 1, title: "Taken Over" };
      expect(dataOf(await server.execute(ChangePost, { input }, { token })).updatePost, `post ${hiddenId}`).toEqual({
        __typename: "NotFoundError",
        code: "NOT_FOUND",
      });
    }
    const published = await server.db.prisma.post.findFirstOrThrow({ where: { slug: "hardins-pasture-was-never-empty" } });
    const input = { id: globalId("Post", published.id), expectedRevision: published.revision, title: "Taken Over" };
    expect(dataOf(await server.execute(ChangePost, { input }, { token })).updatePost).toEqual({ __typename: "ForbiddenError", code: "FORBIDDEN" });
  });

  it("will not take a comment on an undated post", async () => {
    const input = { postId: globalId("Post", hidden.undatedPostId), body: "Hello?", authorName: "A Reader" };
    expect(dataOf(await server.execute(CommentOn, { input })).addComment).toEqual({ __typename: "NotFoundError", code: "NOT_FOUND" });
  });
});
