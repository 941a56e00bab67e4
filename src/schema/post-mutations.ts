import { createPost, deletePost, POST_LIMITS, setPostStatus, updatePost } from "../domain/posts.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../domain/errors.js";
import { builder } from "./builder.js";
import { encodeGlobalId } from "../global-id.js";
import { idOfType } from "./global-id.js";
import { PostRef } from "./refs.js";

// Writing posts. The rules live in src/domain/posts.ts; this file maps the
// API's inputs (global IDs) onto them.

function optionalIdOf(typename: "Post" | "Discussion", globalId: string | number | null | undefined) {
  if (globalId === undefined) return undefined;
  return globalId === null ? null : idOfType(typename, globalId);
}

const CreatePostInput = builder.inputType("CreatePostInput", {
  description: "A new post, written by the token's author.",
  fields: (t) => ({
    title: t.string({ required: true, description: `1 to ${POST_LIMITS.title} characters.` }),
    body: t.string({
      required: true,
      description: `Markdown with GFM footnotes, up to ${POST_LIMITS.body} characters. Notes are parsed into citations.`,
    }),
    slug: t.string({ description: "URL-safe name; derived from the title when absent. Must be unused." }),
    convertPastedNotes: t.boolean({
      description:
        'For an essay pasted from a web page or a word processor: make its "[1]" markers and the list of "[1] …" notes at its end Markdown footnotes. Done only when every marker has its note and every note a marker, numbered 1, 2, 3, …; otherwise the body is kept as written.',
    }),
    discussionId: t.id({ description: "The discussion this post responds to." }),
    inResponseToId: t.id({ description: "The post this one answers." }),
    excerpt: t.string({
      description: `A summary for lists and feeds, in Markdown, up to ${POST_LIMITS.excerpt} characters; without it, the post's opening is used.`,
    }),
    publish: t.boolean({ description: "Publish at once (default: save as a draft)." }),
    idempotencyKey: t.string({
      description: "Any unique string. A retry with the same key returns the post the first attempt created.",
    }),
  }),
});

const UpdatePostInput = builder.inputType("UpdatePostInput", {
  description: "Changes to a post. Absent fields stay as they are; null clears discussionId or inResponseToId.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The post." }),
    expectedRevision: t.int({
      required: true,
      description: "The revision you last saw. If the post has changed since, the update is refused with a ConflictError.",
    }),
    title: t.string({ description: `1 to ${POST_LIMITS.title} characters.` }),
    body: t.string({ description: `Markdown, up to ${POST_LIMITS.body} characters.` }),
    slug: t.string({ description: "A new, unused slug." }),
    convertPastedNotes: t.boolean({ description: 'As for createPost: make a pasted essay\'s "[1]" notes Markdown footnotes, when they match exactly.' }),
    discussionId: t.id({ description: "The discussion; null for none." }),
    inResponseToId: t.id({ description: "The post this one answers; null for none." }),
    excerpt: t.string({ description: `A summary for lists and feeds, in Markdown, up to ${POST_LIMITS.excerpt} characters; null or empty to show the post's opening again.` }),
  }),
});

const PostIdInput = builder.inputType("PostIdInput", {
  description: "A post, by ID.",
  fields: (t) => ({ id: t.id({ required: true, description: "The post." }) }),
});

const PostPayload = builder.objectRef<{ postId: number; replayed?: boolean }>("PostPayload").implement({
  description: "The post after the change.",
  fields: (t) => ({
    post: t.field({ type: PostRef, description: "The post.", resolve: (payload) => payload.postId }),
    replayed: t.boolean({
      description: "True when an idempotency key matched an earlier request, and nothing new was written.",
      resolve: (payload) => payload.replayed ?? false,
    }),
  }),
});

const DeletePostPayload = builder.objectRef<{ postId: number }>("DeletePostPayload").implement({
  description: "What was deleted.",
  fields: (t) => ({
    deletedPostId: t.id({ description: "The global ID the post had.", resolve: (payload) => encodeGlobalId("Post", payload.postId) }),
  }),
});

const writeErrors = [ValidationError, ForbiddenError, NotFoundError];

builder.mutationFields((t) => ({
  createPost: t.field({
    type: PostPayload,
    description: "Write a post, as a draft or published at once. Authors and editors.",
    authScopes: { authenticated: true },
    errors: { types: [ValidationError, ForbiddenError, ConflictError] },
    args: { input: t.arg({ type: CreatePostInput, required: true, description: "The post." }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await createPost(ctx.db, ctx.viewer, {
        ...input,
        discussionId: optionalIdOf("Discussion", input.discussionId),
        inResponseToId: optionalIdOf("Post", input.inResponseToId),
      });
      if (!result.replayed) {
        ctx.contentChanged({ kind: "post", postId: result.postId });
        if (input.publish) ctx.eventsCommitted();
      }
      return result;
    },
  }),
  updatePost: t.field({
    type: PostPayload,
    description: "Change a post you may edit: your own, or any as an editor. Every saved change is kept in `revisions`.",
    authScopes: { authenticated: true },
    errors: { types: [...writeErrors, ConflictError] },
    args: { input: t.arg({ type: UpdatePostInput, required: true, description: "The changes." }) },
    resolve: async (_root, { input }, ctx) => {
      const post = await updatePost(ctx.db, ctx.viewer, {
        ...input,
        postId: idOfType("Post", input.id),
        discussionId: optionalIdOf("Discussion", input.discussionId),
        inResponseToId: optionalIdOf("Post", input.inResponseToId),
      });
      ctx.contentChanged({ kind: "post", postId: post.id });
      if (post.status === "PUBLISHED") ctx.eventsCommitted();
      return { postId: post.id };
    },
  }),
  publishPost: t.field({
    type: PostPayload,
    description:
      "Publish a draft. Publishing again keeps the first publication time. A ConflictError when a published post already has this post's slug.",
    authScopes: { authenticated: true },
    errors: { types: [...writeErrors, ConflictError] },
    args: { input: t.arg({ type: PostIdInput, required: true, description: "The post." }) },
    resolve: async (_root, { input }, ctx) => {
      const { postId, changed } = await setPostStatus(ctx.db, ctx.viewer, idOfType("Post", input.id), "PUBLISHED");
      if (changed) {
        ctx.contentChanged({ kind: "post", postId });
        ctx.eventsCommitted();
      }
      return { postId };
    },
  }),
  unpublishPost: t.field({
    type: PostPayload,
    description: "Withdraw a published post to draft.",
    authScopes: { authenticated: true },
    errors: { types: [...writeErrors, ConflictError] },
    args: { input: t.arg({ type: PostIdInput, required: true, description: "The post." }) },
    resolve: async (_root, { input }, ctx) => {
      const { postId, changed } = await setPostStatus(ctx.db, ctx.viewer, idOfType("Post", input.id), "DRAFT");
      if (changed) {
        ctx.contentChanged({ kind: "post", postId });
        ctx.eventsCommitted();
      }
      return { postId };
    },
  }),
  deletePost: t.field({
    type: DeletePostPayload,
    description: "Delete a post with its notes, comments and history.",
    authScopes: { authenticated: true },
    errors: { types: writeErrors },
    args: { input: t.arg({ type: PostIdInput, required: true, description: "The post." }) },
    resolve: async (_root, { input }, ctx) => {
      const postId = idOfType("Post", input.id);
      const { wasPublished } = await deletePost(ctx.db, ctx.viewer, postId);
      ctx.contentChanged({ kind: "post", postId });
      if (wasPublished) ctx.eventsCommitted();
      return { postId };
    },
  }),
}));
