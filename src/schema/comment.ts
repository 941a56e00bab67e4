import { documentIdPrefix } from "../content/markdown.js";
import { renderMarkdown } from "../content/rendering.js";
import { oldestCommentsFirst } from "../loaders/orders.js";
import { builder } from "./builder.js";
import { childConnection } from "./pagination.js";
import { AuthorRef, CommentConnection, CommentRef, PostRef } from "./refs.js";
import { ContentFormatEnum } from "./scalars.js";

CommentRef.implement({
  description: "A reader's comment on a post, or a reply to another comment. Readers see approved comments only.",
  fields: (t) => ({
    body: t.string({
      description: "The comment. HTML is sanitized.",
      args: { format: t.arg({ type: ContentFormatEnum, required: true, defaultValue: "HTML", description: "Output format." }) },
      resolve: (comment, { format }) => renderMarkdown(comment.body, format, documentIdPrefix("comment", comment.id)),
    }),
    createdAt: t.field({ type: "DateTime", description: "When it was written.", resolve: (c) => c.createdAt }),
    author: t.field({
      type: AuthorRef,
      nullable: true,
      description: "The registered author who wrote it; null for a guest.",
      resolve: (comment, _args, ctx) => ctx.loaders.author(comment.authorId),
    }),
    authorName: t.string({
      description: "The name to show: the author's name, or the guest's display name.",
      resolve: async (comment, _args, ctx) => {
        if (comment.authorId === null) return comment.authorName ?? "Anonymous";
        const author = await ctx.loaders.records.authorById.load(comment.authorId);
        return author?.name ?? comment.authorName ?? "Anonymous";
      },
    }),
    post: t.field({ type: PostRef, description: "The post it belongs to.", resolve: (comment) => comment.postId }),
    parent: t.field({
      type: CommentRef,
      nullable: true,
      description: "The comment this one replies to; null for a top-level comment.",
      resolve: (comment) => comment.parentId,
    }),
    replies: t.connection(
      {
        type: CommentRef,
        description: "Approved direct replies, oldest first. Each has replies of its own.",
        resolve: (comment, args, ctx) =>
          childConnection(args, "Comment.replies", oldestCommentsFirst, comment.id, {
            page: ctx.loaders.comments.repliesPageByComment,
            count: ctx.loaders.comments.repliesCountByComment,
          }),
      },
      CommentConnection,
    ),
  }),
});

export const CommentStatusEnum = builder.enumType("CommentStatus", {
  description: "Where a comment stands with the moderators.",
  values: {
    PENDING: { description: "Waiting for an editor; visible to editors only." },
    APPROVED: { description: "Visible to everyone." },
    REJECTED: { description: "Refused; visible to editors only." },
  } as const,
});

builder.objectField(CommentRef, "status", (t) =>
  t.field({
    type: CommentStatusEnum,
    description: "Approved, pending or rejected. Readers only ever see approved comments.",
    resolve: (comment) => comment.status,
  }),
);
