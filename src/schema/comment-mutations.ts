import { addComment, COMMENT_LIMITS, editComment, moderateComment } from "../domain/comments.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../domain/errors.js";
import type { Comment } from "../generated/prisma/client.js";
import { oldestCommentsFirst } from "../loaders/orders.js";
import { builder } from "./builder.js";
import { idOfType } from "./global-id.js";
import { pagedConnection } from "./pagination.js";
import { CommentStatusEnum } from "./comment.js";
import { CommentConnection, CommentRef } from "./refs.js";

// Conversation: adding, editing and moderating comments. The rules live in
// src/domain/comments.ts.

const AddCommentInput = builder.inputType("AddCommentInput", {
  description: "A comment on a post, or a reply to a comment.",
  fields: (t) => ({
    postId: t.id({ required: true, description: "The post." }),
    parentId: t.id({ description: "The comment this replies to, on the same post; absent for a top-level comment." }),
    body: t.string({ required: true, description: `Markdown, 1 to ${COMMENT_LIMITS.body} characters.` }),
    authorName: t.string({
      description: `Display name, required without a token (1 to ${COMMENT_LIMITS.authorName} characters); ignored with one.`,
    }),
    authorEmail: t.string({ description: "Optional, without a token. Kept for the moderators; never shown by the API." }),
    idempotencyKey: t.string({
      description: "Any unique string. A retry with the same key returns the comment the first attempt created.",
    }),
  }),
});

const CommentPayload = builder.objectRef<{ comment: Comment; replayed?: boolean }>("CommentPayload").implement({
  description: "The comment as saved. A pending comment is returned to its writer here, though readers do not see it yet.",
  fields: (t) => ({
    comment: t.field({ type: CommentRef, description: "The comment.", resolve: (payload) => payload.comment }),
    replayed: t.boolean({
      description: "True when an idempotency key matched an earlier request, and nothing new was written.",
      resolve: (payload) => payload.replayed ?? false,
    }),
  }),
});

const EditCommentInput = builder.inputType("EditCommentInput", {
  description: "New text for a comment.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The comment." }),
    body: t.string({ required: true, description: `Markdown, 1 to ${COMMENT_LIMITS.body} characters.` }),
  }),
});

const ModerateCommentInput = builder.inputType("ModerateCommentInput", {
  description: "An editor's decision on a comment.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The comment." }),
    status: t.field({ type: CommentStatusEnum, required: true, description: "The new status." }),
  }),
});

builder.mutationFields((t) => ({
  addComment: t.field({
    type: CommentPayload,
    description:
      "Comment on a post or reply to a comment. Without a token, give a display name; the comment waits for an editor while moderation is on. Authors' and editors' comments are approved at once.",
    errors: { types: [ValidationError, NotFoundError, ConflictError] },
    args: { input: t.arg({ type: AddCommentInput, required: true, description: "The comment." }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await addComment(
        ctx.db,
        ctx.viewer,
        { moderation: ctx.settings.moderation, editMinutes: ctx.settings.commentEditMinutes },
        { ...input, postId: idOfType("Post", input.postId), parentId: input.parentId == null ? null : idOfType("Comment", input.parentId) },
      );
      if (!result.replayed) {
        const { comment } = result;
        ctx.contentChanged({ kind: "commentAdded", commentId: comment.id, postId: comment.postId, parentId: comment.parentId, authorId: comment.authorId });
      }
      if (!result.replayed && result.comment.status === "APPROVED") ctx.eventsCommitted();
      return result;
    },
  }),
  editComment: t.field({
    type: CommentPayload,
    description: "Change the text of your own comment within the edit window; editors may edit any comment.",
    authScopes: { authenticated: true },
    errors: { types: [ValidationError, NotFoundError, ForbiddenError] },
    args: { input: t.arg({ type: EditCommentInput, required: true, description: "The change." }) },
    resolve: async (_root, { input }, ctx) => {
      const comment = await editComment(
        ctx.db,
        ctx.viewer,
        { moderation: ctx.settings.moderation, editMinutes: ctx.settings.commentEditMinutes },
        { commentId: idOfType("Comment", input.id), body: input.body },
      );
      ctx.contentChanged({ kind: "commentEdited", commentId: comment.id });
      return { comment };
    },
  }),
  moderateComment: t.field({
    type: CommentPayload,
    description: "Approve, reject, or return a comment to pending. Editors only.",
    authScopes: { editor: true },
    errors: { types: [NotFoundError, ForbiddenError] },
    args: { input: t.arg({ type: ModerateCommentInput, required: true, description: "The decision." }) },
    resolve: async (_root, { input }, ctx) => {
      const { comment, previousStatus } = await moderateComment(ctx.db, { commentId: idOfType("Comment", input.id), status: input.status });
      if (comment.status !== previousStatus) ctx.contentChanged({ kind: "commentModerated", commentId: comment.id, postId: comment.postId });
      if (comment.status === "APPROVED" && previousStatus !== "APPROVED") ctx.eventsCommitted();
      return { comment };
    },
  }),
}));

builder.queryField("moderationQueue", (t) =>
  t.connection(
    {
      type: CommentRef,
      description: "Comments by moderation status, oldest first: pending ones unless `status` says otherwise. Editors only.",
      authScopes: { editor: true },
      args: {
        status: t.arg({
          type: [CommentStatusEnum],
          required: true,
          defaultValue: ["PENDING"],
          description: "Which statuses to list.",
        }),
        postId: t.arg.id({ description: "Only comments on this post." }),
      },
      resolve: (_root, args, ctx) => {
        const filter = { statuses: args.status, postId: args.postId == null ? null : idOfType("Post", args.postId) };
        return pagedConnection(args, "Query.moderationQueue", oldestCommentsFirst, (request) => ctx.loaders.comments.moderationPage(filter, request), () =>
          ctx.loaders.comments.moderationCount(filter),
        );
      },
    },
    CommentConnection,
  ),
);
