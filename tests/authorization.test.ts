import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../src/auth/tokens.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./support/server.js";

// Every mutation, for every kind of caller. "ok" is the payload; a code is a
// typed error in the result, or a request error for an anonymous caller. Each
// cell runs against its own fresh target, so cells do not depend on each other.

type Role = "anonymous" | "owner" | "otherAuthor" | "editor";
const roles: Role[] = ["anonymous", "owner", "otherAuthor", "editor"];

interface Targets {
  publishedPost: string;
  draftPost: string;
  ownComment: string;
  pendingComment: string;
  ownerAuthor: string;
}

interface Case {
  mutation: string;
  /** The mutation's document, taking $input. */
  document: TypedDocumentNode<Record<string, unknown>, { input: never }>;
  input: (targets: Targets) => Record<string, unknown>;
  expected: Record<Role, string>;
}

const cases: Case[] = [
  {
    mutation: "createPost",
    document: graphql(`
      mutation MatrixCreatePost($input: CreatePostInput!) {
        createPost(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: () => ({ title: `Matrix ${Math.random().toString(36).slice(2)}`, body: "Text." }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "ok", editor: "ok" },
  },
  {
    mutation: "updatePost (published)",
    document: graphql(`
      mutation MatrixUpdatePublished($input: UpdatePostInput!) {
        updatePost(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.publishedPost, expectedRevision: 1, title: "Changed" }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "FORBIDDEN", editor: "ok" },
  },
  {
    mutation: "updatePost (someone's draft)",
    document: graphql(`
      mutation MatrixUpdateDraft($input: UpdatePostInput!) {
        updatePost(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.draftPost, expectedRevision: 1, title: "Changed" }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "NOT_FOUND", editor: "ok" },
  },
  {
    mutation: "publishPost",
    document: graphql(`
      mutation MatrixPublish($input: PostIdInput!) {
        publishPost(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.draftPost }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "NOT_FOUND", editor: "ok" },
  },
  {
    mutation: "unpublishPost",
    document: graphql(`
      mutation MatrixUnpublish($input: PostIdInput!) {
        unpublishPost(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.publishedPost }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "FORBIDDEN", editor: "ok" },
  },
  {
    mutation: "deletePost",
    document: graphql(`
      mutation MatrixDelete($input: PostIdInput!) {
        deletePost(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.publishedPost }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "FORBIDDEN", editor: "ok" },
  },
  {
    mutation: "addComment",
    document: graphql(`
      mutation MatrixAddComment($input: AddCommentInput!) {
        addComment(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ postId: t.publishedPost, body: "Hello.", authorName: "Guest" }),
    expected: { anonymous: "ok", owner: "ok", otherAuthor: "ok", editor: "ok" },
  },
  {
    mutation: "editComment",
    document: graphql(`
      mutation MatrixEditComment($input: EditCommentInput!) {
        editComment(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.ownComment, body: "Edited." }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "FORBIDDEN", editor: "ok" },
  },
  {
    mutation: "moderateComment",
    document: graphql(`
      mutation MatrixModerate($input: ModerateCommentInput!) {
        moderateComment(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.pendingComment, status: "APPROVED" }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "FORBIDDEN", otherAuthor: "FORBIDDEN", editor: "ok" },
  },
  {
    mutation: "updateAuthor (the owner's profile)",
    document: graphql(`
      mutation MatrixUpdateAuthor($input: UpdateAuthorInput!) {
        updateAuthor(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: (t) => ({ id: t.ownerAuthor, bio: "Updated." }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "ok", otherAuthor: "FORBIDDEN", editor: "ok" },
  },
  {
    mutation: "createDiscussion",
    document: graphql(`
      mutation MatrixCreateDiscussion($input: CreateDiscussionInput!) {
        createDiscussion(input: $input) { __typename ... on UserError { code } }
      }
    `),
    input: () => ({ title: `Prompt ${Math.random().toString(36).slice(2)}`, prompt: "Discuss." }),
    expected: { anonymous: "UNAUTHENTICATED", owner: "FORBIDDEN", otherAuthor: "FORBIDDEN", editor: "ok" },
  },
];

let server: TestServer;
const tokens: Record<Role, string | undefined> = { anonymous: undefined, owner: "", otherAuthor: "", editor: "" };
let ownerId = 0;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");

beforeAll(async () => {
  server = await startTestServer();
  const db = server.db.prisma;
  tokens.owner = (await issueToken(db, "ines-carrow", "AUTHOR")).token;
  tokens.otherAuthor = (await issueToken(db, "owen-brask", "AUTHOR")).token;
  tokens.editor = (await issueToken(db, "gideon-pryce", "EDITOR")).token;
  ownerId = (await db.author.findFirstOrThrow({ where: { slug: "ines-carrow" } })).id;
});
afterAll(() => server.close());

/** Fresh objects owned by the owner, for one cell of the matrix. */
async function freshTargets(): Promise<Targets> {
  const db = server.db.prisma;
  const tag = Math.random().toString(36).slice(2);
  const published = await db.post.create({
    data: { slug: `pub-${tag}`, title: "Published", body: "Text.", status: "PUBLISHED", publishedAt: new Date(), authorId: ownerId },
  });
  const draft = await db.post.create({ data: { slug: `draft-${tag}`, title: "Draft", body: "Text.", status: "DRAFT", authorId: ownerId } });
  const own = await db.comment.create({ data: { postId: published.id, authorId: ownerId, body: "Mine.", status: "APPROVED" } });
  const pending = await db.comment.create({ data: { postId: published.id, authorName: "Guest", body: "Pending.", status: "PENDING" } });
  return {
    publishedPost: gid("Post", published.id),
    draftPost: gid("Post", draft.id),
    ownComment: gid("Comment", own.id),
    pendingComment: gid("Comment", pending.id),
    ownerAuthor: gid("Author", ownerId),
  };
}

describe.each(cases)("$mutation", ({ mutation, document, input, expected }) => {
  it.each(roles)(`as %s`, async (role) => {
    const variables = { input: input(await freshTargets()) as never };
    const response = await server.execute(document, variables, { token: tokens[role] });
    const field = mutation.split(" ")[0]!;
    const result = (response.data as Record<string, { __typename: string; code?: string }> | null)?.[field];
    const outcome = response.errors?.length
      ? String(response.errors[0]!.extensions?.code)
      : result?.code ?? (result?.__typename.endsWith("Payload") ? "ok" : result?.__typename);
    expect(outcome).toBe(expected[role]);
  });
});
