import { documentIdPrefix } from "../content/markdown.js";
import { renderMarkdown } from "../content/rendering.js";
import { createDiscussion, DISCUSSION_LIMITS } from "../domain/discussions.js";
import { ForbiddenError, ValidationError } from "../domain/errors.js";
import type { Discussion } from "../generated/prisma/client.js";
import { newestDiscussionsFirst } from "../loaders/orders.js";
import { builder } from "./builder.js";
import { childConnection, pagedConnection } from "./pagination.js";
import { PostOrderInput, postOrderFor } from "./post.js";
import { DiscussionConnection, DiscussionRef, leanPosts, PostConnection, PostRef } from "./refs.js";
import { ContentFormatEnum } from "./scalars.js";

DiscussionRef.implement({
  description: "A shared prompt that several posts respond to.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Unique, URL-safe name." }),
    title: t.field({ type: "NonEmptyString", description: "The discussion's title.", resolve: (d) => d.title }),
    prompt: t.string({
      description: "The prompt the posts respond to.",
      args: { format: t.arg({ type: ContentFormatEnum, required: true, defaultValue: "HTML", description: "Output format." }) },
      resolve: (discussion, { format }) =>
        renderMarkdown(discussion.prompt, format, documentIdPrefix("discussion", discussion.id)),
    }),
    createdAt: t.field({ type: "DateTime", description: "When the prompt was posed.", resolve: (d) => d.createdAt }),
    responses: t.connection(
      {
        type: PostRef,
        description: "The published posts responding to this prompt; newest first unless `orderBy` says otherwise.",
        args: { orderBy: t.arg({ type: PostOrderInput, description: "Sort order." }) },
        resolve: (discussion, args, ctx, info) =>
          childConnection(args, "Discussion.responses", postOrderFor(args.orderBy, ctx.visibility.includesDrafts), discussion.id, {
            page: ctx.loaders.posts.pageByDiscussion,
            count: ctx.loaders.posts.countByDiscussion,
          }, leanPosts(info)),
      },
      PostConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  discussion: t.field({
    type: DiscussionRef,
    nullable: true,
    description: "A discussion by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The discussion's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.loaders.records.discussionBySlug.load(slug),
  }),
  discussions: t.connection(
    {
      type: DiscussionRef,
      description: "Every discussion, newest first.",
      resolve: (_root, args, ctx) =>
        pagedConnection(args, "Query.discussions", newestDiscussionsFirst, (request) => ctx.loaders.directory.discussionsPage(request), () =>
          ctx.loaders.directory.discussionsCount(),
        ),
    },
    DiscussionConnection,
  ),
}));

const CreateDiscussionInput = builder.inputType("CreateDiscussionInput", {
  description: "A new shared prompt.",
  fields: (t) => ({
    slug: t.string({ description: "URL-safe name; derived from the title when absent. Must be unused." }),
    title: t.string({ required: true, description: `The title, 1 to ${DISCUSSION_LIMITS.title} characters.` }),
    prompt: t.string({ required: true, description: `The prompt in Markdown, up to ${DISCUSSION_LIMITS.prompt} characters.` }),
  }),
});

const CreateDiscussionPayload = builder.objectRef<{ discussion: Discussion }>("CreateDiscussionPayload").implement({
  description: "The discussion created.",
  fields: (t) => ({
    discussion: t.field({ type: DiscussionRef, description: "The new discussion.", resolve: (payload) => payload.discussion }),
  }),
});

builder.mutationField("createDiscussion", (t) =>
  t.field({
    type: CreateDiscussionPayload,
    description: "Pose a new shared prompt. Editors only.",
    authScopes: { editor: true },
    errors: { types: [ValidationError, ForbiddenError] },
    args: { input: t.arg({ type: CreateDiscussionInput, required: true, description: "The discussion." }) },
    resolve: async (_root, { input }, ctx) => {
      const discussion = await createDiscussion(ctx.db, ctx.viewer, input);
      ctx.contentChanged({ kind: "discussion", discussionId: discussion.id });
      return { discussion };
    },
  }),
);
