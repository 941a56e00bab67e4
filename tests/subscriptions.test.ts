import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken, revokeToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { dataOf, serveOverHttp, startTestServer, type TestServer } from "./support/server.js";
import { subscribe } from "./support/sse.js";

// Subscriptions over real HTTP (Server-Sent Events), fed by mutations.

let server: TestServer;
let http: Awaited<ReturnType<typeof serveOverHttp>>;
let url = "";
const tokens = { author: "", editor: "" };

beforeAll(async () => {
  server = await startTestServer();
  tokens.author = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  tokens.editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  http = await serveOverHttp(server.yoga);
  url = http.url;
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const AddComment = graphql(`
  mutation LiveComment($input: AddCommentInput!) {
    addComment(input: $input) { __typename ... on CommentPayload { comment { id status } } }
  }
`);
const Moderate = graphql(`
  mutation LiveModerate($input: ModerateCommentInput!) {
    moderateComment(input: $input) { __typename }
  }
`);
const CreatePost = graphql(`
  mutation LivePost($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on PostPayload { post { id } } }
  }
`);
const Publish = graphql(`
  mutation LivePublish($id: ID!) {
    publishPost(input: { id: $id }) { __typename }
  }
`);
const PostId = graphql(`
  query LivePostId($slug: String!) { post(slug: $slug) { id } }
`);

type CommentEvent = { data: { commentAdded: { body: string; authorName: string } } };
type PostEvent = { data: { postPublished: { slug: string; title: string } } };
const commentAdded = 'subscription($slug: String!) { commentAdded(postSlug: $slug) { body(format: MARKDOWN) authorName } }';
const postPublished = "subscription { postPublished { slug title } }";

describe("commentAdded", () => {
  it("delivers an author's comment to a subscriber, over HTTP", async () => {
    const postId = dataOf(await server.execute(PostId, { slug: "edit-history" })).post!.id;
    const live = await subscribe<CommentEvent>(url, commentAdded, { slug: "edit-history" });
    try {
      await server.execute(AddComment, { input: { postId, body: "Live from the seminar." } }, { token: tokens.author });
      const event = await live.next();
      expect(event.data.commentAdded).toEqual({ body: "Live from the seminar.", authorName: "Eleanor Voss" });
    } finally {
      live.close();
    }
  });

  it("holds back a pending comment, and delivers it once an editor approves it", async () => {
    const postId = dataOf(await server.execute(PostId, { slug: "edit-history" })).post!.id;
    const live = await subscribe<CommentEvent>(url, commentAdded, { slug: "edit-history" });
    try {
      const { addComment } = dataOf(await server.execute(AddComment, { input: { postId, body: "Awaiting review.", authorName: "A Reader" } }));
      if (addComment.__typename !== "CommentPayload") throw new Error("expected a payload");
      expect(addComment.comment.status).toBe("PENDING");
      expect(await live.receivesWithin(400)).toBe(false);
      await server.execute(Moderate, { input: { id: addComment.comment.id, status: "APPROVED" } }, { token: tokens.editor });
      expect((await live.next()).data.commentAdded).toEqual({ body: "Awaiting review.", authorName: "A Reader" });
    } finally {
      live.close();
    }
  });

  it("sends nothing about another post", async () => {
    const otherId = dataOf(await server.execute(PostId, { slug: "the-sidewalk-is-a-commons" })).post!.id;
    const live = await subscribe<CommentEvent>(url, commentAdded, { slug: "edit-history" });
    try {
      await server.execute(AddComment, { input: { postId: otherId, body: "Elsewhere." } }, { token: tokens.author });
      expect(await live.receivesWithin(400)).toBe(false);
    } finally {
      live.close();
    }
  });
});

describe("postPublished", () => {
  it("tells readers when a post is published, but never about drafts", async () => {
    const reader = await subscribe<PostEvent>(url, postPublished);
    try {
      const { createPost } = dataOf(
        await server.execute(CreatePost, { input: { title: "Quiet Draft", body: "Not yet." } }, { token: tokens.author }),
      );
      if (createPost.__typename !== "PostPayload") throw new Error("expected a payload");
      expect(await reader.receivesWithin(400)).toBe(false);
      await server.execute(Publish, { id: createPost.post.id }, { token: tokens.author });
      expect((await reader.next()).data.postPublished).toEqual({ slug: "quiet-draft", title: "Quiet Draft" });
    } finally {
      reader.close();
    }
  });

  it("ends a subscription whose token is revoked, instead of sending it more", async () => {
    const issued = await issueToken(server.db.prisma, "miriam-tolle", "EDITOR");
    const live = await subscribe<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>(
      url,
      postPublished,
      {},
      { authorization: `Bearer ${issued.token}` },
    );
    try {
      await revokeToken(server.db.prisma, issued.id);
      const { createPost } = dataOf(
        await server.execute(CreatePost, { input: { title: "After the Revocation", body: "Text.", publish: true } }, { token: tokens.author }),
      );
      expect(createPost.__typename).toBe("PostPayload");
      const event = await live.next();
      expect(event.data ?? null).toBeNull();
      expect(event.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      live.close();
    }
  });

  it("refuses a bad token on the subscription itself", async () => {
    await expect(subscribe(url, postPublished, {}, { authorization: "Bearer nope" })).rejects.toThrow(/401/);
  });
});
