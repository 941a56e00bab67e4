import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { openDatabase, databaseConfig } from "../src/db/client.js";
import { armHook, disarmFaults } from "../src/domain/faults.js";
import { graphql } from "./graphql/index.js";
import { dataOf, startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
const tokens = { voss: "", oyelaran: "", editor: "" };
let postId = "";
beforeAll(async () => {
  server = await startTestServer({ commentEditMinutes: 15 });
  tokens.voss = (await issueToken(server.db.prisma, "eleanor-voss", "AUTHOR")).token;
  tokens.oyelaran = (await issueToken(server.db.prisma, "marcus-oyelaran", "AUTHOR")).token;
  tokens.editor = (await issueToken(server.db.prisma, "miriam-tolle", "EDITOR")).token;
  postId = dataOf(await server.execute(PostThread, { slug: "edit-history" })).post!.id;
});
afterAll(() => server.close());

const PostThread = graphql(`
  query PostThread($slug: String!) {
    post(slug: $slug) {
      id
      commentCount
      comments(first: 100) { edges { node { id authorName body(format: MARKDOWN) replies(first: 20) { edges { node { id body(format: MARKDOWN) } } } } } }
    }
  }
`);

const AddComment = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      __typename
      ... on CommentPayload { replayed comment { id status authorName author { slug } body(format: MARKDOWN) parent { id } } }
      ... on UserError { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

const EditComment = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      __typename
      ... on CommentPayload { comment { body(format: MARKDOWN) } }
      ... on UserError { message code }
    }
  }
`);

const Moderate = graphql(`
  mutation Moderate($input: ModerateCommentInput!) {
    moderateComment(input: $input) {
      __typename
      ... on CommentPayload { comment { id status } }
      ... on UserError { code }
    }
  }
`);

const Queue = graphql(`
  query Queue($status: [CommentStatus!], $postId: ID) {
    moderationQueue(first: 50, status: $status, postId: $postId) {
      totalCount
      edges { node { id status authorName body(format: MARKDOWN) post { slug } } }
    }
  }
`);

const EmailField = graphql(`
  query EmailField {
    __type(name: "Comment") { fields { name } }
  }
`);

describe("anonymous comments", () => {
  it("wait for moderation: hidden and uncounted until an editor approves", async () => {
    const before = dataOf(await server.execute(PostThread, { slug: "edit-history" })).post!;
    const { addComment } = dataOf(
      await server.execute(AddComment, {
        input: { postId, body: "A reader's first thought.", authorName: "Ines Reader", authorEmail: "ines@example.org" },
      }),
    );
    expect(addComment).toMatchObject({
      __typename: "CommentPayload",
      replayed: false,
      comment: { status: "PENDING", authorName: "Ines Reader", author: null },
    });
    const pending = dataOf(await server.execute(PostThread, { slug: "edit-history" })).post!;
    expect(pending.commentCount).toBe(before.commentCount);
    expect(JSON.stringify(pending.comments)).not.toContain("A reader's first thought.");

    const queue = dataOf(await server.execute(Queue, { postId }, { token: tokens.editor })).moderationQueue;
    const queued = queue.edges.find((e) => e.node.body === "A reader's first thought.");
    expect(queued?.node).toMatchObject({ status: "PENDING", post: { slug: "edit-history" } });

    const id = addComment.__typename === "CommentPayload" ? addComment.comment.id : "";
    const verdict = dataOf(await server.execute(Moderate, { input: { id, status: "APPROVED" } }, { token: tokens.editor }));
    expect(verdict.moderateComment).toMatchObject({ comment: { status: "APPROVED" } });
    const approved = dataOf(await server.execute(PostThread, { slug: "edit-history" })).post!;
    expect(approved.commentCount).toBe(before.commentCount + 1);
    expect(JSON.stringify(approved.comments)).toContain("A reader's first thought.");
  });

  it("store the email address but never expose it", async () => {
    const row = await server.db.prisma.comment.findFirstOrThrow({ where: { authorName: "Ines Reader" } });
    expect(row.authorEmail).toBe("ines@example.org");
    const fields = dataOf(await server.execute(EmailField)).__type?.fields?.map((f) => f.name) ?? [];
    expect(fields).toContain("authorName");
    expect(fields.some((name) => /mail/i.test(name))).toBe(false);
  });

  it("need a display name, a body within limits and a valid address", async () => {
    const { addComment } = dataOf(
      await server.execute(AddComment, { input: { postId, body: " ", authorEmail: "not-an-address" } }),
    );
    expect(addComment.__typename).toBe("ValidationError");
    const paths = addComment.__typename === "ValidationError" ? addComment.fields.map((f) => f.path.join(".")).sort() : [];
    expect(paths).toEqual(["authorEmail", "authorName", "body"]);
  });

  it("are approved at once when moderation is off", async () => {
    const open = await startTestServer({ moderation: false });
    try {
      const id = dataOf(await open.execute(PostThread, { slug: "edit-history" })).post!.id;
      const { addComment } = dataOf(await open.execute(AddComment, { input: { postId: id, body: "Straight in.", authorName: "Guest" } }));
      expect(addComment).toMatchObject({ comment: { status: "APPROVED" } });
    } finally {
      await open.close();
    }
  });
});

describe("authors' comments and replies", () => {
  it("are approved at once, name their author, and thread under their parent", async () => {
    const thread = dataOf(await server.execute(PostThread, { slug: "edit-history" })).post!;
    const parent = thread.comments.edges[0]!.node;
    const { addComment } = dataOf(
      await server.execute(AddComment, { input: { postId, parentId: parent.id, body: "A reply from a fellow respondent." } }, { token: tokens.voss }),
    );
    expect(addComment).toMatchObject({
      comment: { status: "APPROVED", author: { slug: "eleanor-voss" }, authorName: "Eleanor Voss", parent: { id: parent.id } },
    });
    const after = dataOf(await server.execute(PostThread, { slug: "edit-history" })).post!;
    const replies = after.comments.edges[0]!.node.replies.edges.map((e) => e.node.body);
    expect(replies).toContain("A reply from a fellow respondent.");
  });

  it("refuse a parent from another post, and a post nobody may see", async () => {
    const elsewhere = await server.db.prisma.comment.findFirstOrThrow({ where: { post: { slug: "the-commons-is-a-verb" }, status: "APPROVED" } });
    const foreignParent = Buffer.from(`Comment:${elsewhere.id}`).toString("base64url");
    const wrongThread = dataOf(await server.execute(AddComment, { input: { postId, parentId: foreignParent, body: "Lost." } }, { token: tokens.voss }));
    expect(wrongThread.addComment).toMatchObject({ __typename: "ValidationError", fields: [{ path: ["parentId"] }] });

    const draft = await server.db.prisma.post.findFirstOrThrow({ where: { status: "DRAFT" } });
    const draftId = Buffer.from(`Post:${draft.id}`).toString("base64url");
    const onDraft = dataOf(await server.execute(AddComment, { input: { postId: draftId, body: "Hello?", authorName: "Nosy" } }));
    expect(onDraft.addComment.__typename).toBe("NotFoundError");
  });

  it("return the original comment for a retried idempotency key", async () => {
    const input = { postId, body: "Sent twice on a train.", authorName: "Commuter", idempotencyKey: "train-42" };
    const first = dataOf(await server.execute(AddComment, { input })).addComment;
    const second = dataOf(await server.execute(AddComment, { input })).addComment;
    if (first.__typename !== "CommentPayload" || second.__typename !== "CommentPayload") throw new Error("expected payloads");
    expect(second).toMatchObject({ replayed: true, comment: { id: first.comment.id } });
    expect(await server.db.prisma.comment.count({ where: { body: input.body } })).toBe(1);
  });
});

describe("editing and moderating", () => {
  it("lets an author edit their own comment within the window, and no one else's", async () => {
    const { addComment } = dataOf(await server.execute(AddComment, { input: { postId, body: "Typo hree." } }, { token: tokens.voss }));
    if (addComment.__typename !== "CommentPayload") throw new Error("expected a payload");
    const id = addComment.comment.id;
    const fixed = dataOf(await server.execute(EditComment, { input: { id, body: "Typo here." } }, { token: tokens.voss }));
    expect(fixed.editComment).toMatchObject({ comment: { body: "Typo here." } });
    const other = dataOf(await server.execute(EditComment, { input: { id, body: "Vandalised." } }, { token: tokens.oyelaran }));
    expect(other.editComment).toMatchObject({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    const anonymous = await server.execute(EditComment, { input: { id, body: "Vandalised." } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("treats a comment the author cannot see as not found, not as forbidden", async () => {
    const rejected = await server.db.prisma.comment.findFirstOrThrow({ where: { status: "REJECTED" } });
    const hidden = await server.db.prisma.comment.create({
      data: { postId: rejected.postId, parentId: rejected.id, authorName: "Someone", body: "Under a rejected comment.", status: "APPROVED" },
    });
    const id = Buffer.from(`Comment:${hidden.id}`).toString("base64url");
    const { editComment } = dataOf(await server.execute(EditComment, { input: { id, body: "Probe." } }, { token: tokens.oyelaran }));
    expect(editComment.__typename).toBe("NotFoundError");
  });

  it("refuses an idempotency key reused for a different comment", async () => {
    const input = { postId, body: "First words.", authorName: "Keyholder", idempotencyKey: "same-key-different-body" };
    expect(dataOf(await server.execute(AddComment, { input })).addComment.__typename).toBe("CommentPayload");
    const other = dataOf(await server.execute(AddComment, { input: { ...input, body: "Other words." } })).addComment;
    expect(other).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
  });

  it("closes the edit window for authors, but not for editors", async () => {
    const { addComment } = dataOf(await server.execute(AddComment, { input: { postId, body: "Old words." } }, { token: tokens.voss }));
    if (addComment.__typename !== "CommentPayload") throw new Error("expected a payload");
    const rowId = Number(Buffer.from(addComment.comment.id, "base64url").toString().split(":")[1]);
    await server.db.prisma.comment.update({ where: { id: rowId }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    const late = dataOf(await server.execute(EditComment, { input: { id: addComment.comment.id, body: "New words." } }, { token: tokens.voss }));
    expect(late.editComment).toMatchObject({ __typename: "ForbiddenError" });
    expect(late.editComment.__typename === "ForbiddenError" && late.editComment.message).toContain("15 minutes");
    const byEditor = dataOf(await server.execute(EditComment, { input: { id: addComment.comment.id, body: "Edited." } }, { token: tokens.editor }));
    expect(byEditor.editComment).toMatchObject({ comment: { body: "Edited." } });
  });

  it("keeps moderation and the queue for editors", async () => {
    const pending = await server.db.prisma.comment.findFirstOrThrow({ where: { status: "PENDING" } });
    const id = Buffer.from(`Comment:${pending.id}`).toString("base64url");
    const asAuthor = dataOf(await server.execute(Moderate, { input: { id, status: "APPROVED" } }, { token: tokens.voss }));
    expect(asAuthor.moderateComment).toMatchObject({ __typename: "ForbiddenError" });
    const anonymous = await server.execute(Moderate, { input: { id, status: "APPROVED" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const queueAsAuthor = await server.execute(Queue, {}, { token: tokens.voss });
    expect(queueAsAuthor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const rejected = dataOf(await server.execute(Queue, { status: ["REJECTED"] }, { token: tokens.editor })).moderationQueue;
    expect(rejected.totalCount).toBeGreaterThan(0);
    expect(rejected.edges.every((e) => e.node.status === "REJECTED")).toBe(true);
    expect(await server.db.prisma.comment.findFirstOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "PENDING" });
  });
});

describe("a comment racing the deletion of its post", () => {
  // On PostgreSQL, transactions interleave: the post can go between the comment's checks and its insert.
  it.skipIf(process.env.COLLOQUY_TEST_DATABASE !== "postgresql")("gets NotFoundError, not a foreign-key failure, when the post is deleted between the checks and the insert", async () => {
    const post = await server.db.prisma.post.create({
      data: { slug: "about-to-go", title: "About to Go", body: "Text.", status: "PUBLISHED", publishedAt: new Date(), authorId: (await server.db.prisma.author.findFirstOrThrow()).id },
    });
    // Another client, on a connection of its own, deletes the post at the worst moment.
    const other = await openDatabase(databaseConfig(server.url, { migrateOnStart: false }));
    try {
      armHook("addComment.beforeInsert", async () => {
        await other.prisma.post.delete({ where: { id: post.id } });
      });
      const response = await server.execute(AddComment, {
        input: { postId: Buffer.from(`Post:${post.id}`).toString("base64url"), body: "Too late?", authorName: "A Reader" },
      });
      expect(response.errors).toBeUndefined();
      expect(dataOf(response).addComment).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND", message: "No such post." });
      expect(await server.db.prisma.comment.count({ where: { postId: post.id } })).toBe(0);
    } finally {
      disarmFaults();
      await other.close();
    }
  });
});

describe("writes on SQLite", () => {
  // On SQLite, a write transaction takes the write lock as it begins, so another
  // connection (a CLI, a second process) cannot commit between its checks and
  // its writes; it waits its turn instead of making the write fail with
  // SQLITE_BUSY_SNAPSHOT.
  it.skipIf(process.env.COLLOQUY_TEST_DATABASE === "postgresql")("hold the write lock from the start of their transaction", async () => {
    const { default: Database } = await import("better-sqlite3");
    const other = new Database(server.url.slice("file:".length), { timeout: 0 });
    try {
      let lockedOut = false;
      await server.db.prisma.$transaction(async (tx) => {
        await tx.post.count();
        try {
          other.exec("BEGIN IMMEDIATE");
          other.exec("ROLLBACK");
        } catch (error) {
          lockedOut = (error as { code?: string }).code === "SQLITE_BUSY";
        }
      });
      expect(lockedOut).toBe(true);
      // Once it has committed, the other connection gets the lock.
      other.exec("BEGIN IMMEDIATE");
      other.exec("ROLLBACK");
    } finally {
      other.close();
    }
  });
});
