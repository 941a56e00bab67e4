import type { PostRevision } from "../generated/prisma/client.js";
import { postBody, postExcerpt, postReadingTimeMinutes, postWordCount, type RenderablePost } from "../content/post-rendering.js";
import type { MaybePromise } from "../content/rendering.js";
import type { ListedPost } from "../loaders/posts.js";
import type { Context } from "./context.js";
import { newestPosts, newestRevisionsFirst, oldestCommentsFirst, postOrder, type PostSortField } from "../loaders/orders.js";
import type { Page } from "../loaders/pagination.js";
import { builder } from "./builder.js";
import { badUserInput } from "./errors.js";
import { checkFilterLists, childConnection, MAX_PAGE_SIZE, pagedConnection } from "./pagination.js";
import { AuthorRef, leanPosts, CommentConnection, CommentRef, DiscussionRef, FootnoteRef, PostConnection, PostRef } from "./refs.js";
import { ContentFormatEnum, SortDirectionEnum } from "./scalars.js";

export const PostStatusEnum = builder.enumType("PostStatus", {
  description: "Whether a post is out.",
  values: {
    DRAFT: { description: "Not published: visible to its author and to editors only." },
    PUBLISHED: { description: "Visible to everyone." },
  } as const,
});

export const PostSortFieldEnum = builder.enumType("PostSortField", {
  description: "What a list of posts is sorted by. Ties are broken by the post's id.",
  values: {
    PUBLISHED_AT: { description: "When the post was published; drafts, for those who see them, by when they were created." },
    UPDATED_AT: { description: "When the post was last changed." },
    TITLE: { description: "The title, in binary (code point) order." },
  } as const,
});

export const PostOrderInput = builder.inputType("PostOrder", {
  description: "The order of a list of posts.",
  fields: (t) => ({
    field: t.field({ type: PostSortFieldEnum, required: true, defaultValue: "PUBLISHED_AT", description: "The sort key." }),
    direction: t.field({ type: SortDirectionEnum, required: true, defaultValue: "DESC", description: "The direction." }),
  }),
});

const PostFilterInput = builder.inputType("PostFilter", {
  description: "Narrows a list of posts. Conditions combine with AND; a list matches any of its values.",
  fields: (t) => ({
    authorSlugs: t.stringList({ description: "Written by any of these authors." }),
    discussionSlugs: t.stringList({ description: "Responding to any of these discussions." }),
    publishedAfter: t.field({ type: "DateTime", description: "Published at or after this instant." }),
    publishedBefore: t.field({ type: "DateTime", description: "Published strictly before this instant." }),
    isResponse: t.boolean({ description: "true: only posts that answer another post; false: only those that do not." }),
    status: t.field({
      type: PostStatusEnum,
      description: "Only published posts, or only drafts. Drafts are listed only to whoever may read them: an author's own, and every draft to an editor; anonymous readers get none.",
    }),
  }),
});

/** The requested order, newest first by default, for a viewer who may or may not see drafts. */
export function postOrderFor(
  orderBy: { field: PostSortField; direction: "ASC" | "DESC" } | null | undefined,
  includesDrafts: boolean,
) {
  return postOrder(orderBy?.field ?? "PUBLISHED_AT", orderBy?.direction ?? "DESC", includesDrafts);
}


/**
 * `make` applied to the post with its body: as it is, when it has one; else
 * with the body read by id (a list read it lean, as nothing its reader
 * selected needed it). Batched: one statement for a level's posts.
 */
function fromBody<T>(post: ListedPost, ctx: Context, make: (post: RenderablePost) => MaybePromise<T>): MaybePromise<T> {
  if (post.body !== undefined) return make(post as RenderablePost);
  return ctx.loaders.records.postBodyById.load(post.id).then((row) => {
    if (!row) throw new Error(`Post ${post.id} was deleted while it was being read.`);
    return make({ body: row.body, excerpt: post.excerpt });
  });
}

/** The other posts of the same discussion: read one extra row, then leave this post out. */
function withoutPost(page: Page<ListedPost>, postId: number, limit: number, direction: "forward" | "backward"): Page<ListedPost> {
  const others = page.rows.filter((row) => row.id !== postId);
  const hasMore = page.hasMore || others.length > limit;
  return { rows: direction === "forward" ? others.slice(0, limit) : others.slice(-limit || others.length), hasMore };
}

PostRef.implement({
  description: "An essay. Readers see published posts; authors also their own drafts, editors every draft.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Unique, URL-safe name of the post." }),
    title: t.field({ type: "NonEmptyString", description: "The headline.", resolve: (post) => post.title }),
    excerpt: t.string({
      description: "The opening of the post as plain text, cut at a word boundary.",
      args: { maxLength: t.arg.int({ required: true, defaultValue: 280, description: "Longest excerpt, in characters (20 to 1000)." }) },
      resolve: (post, { maxLength }, ctx) => {
        if (maxLength < 20 || maxLength > 1000) throw badUserInput("`maxLength` must be between 20 and 1000.", "maxLength");
        // An excerpt its author wrote needs no body.
        return post.excerpt ? postExcerpt({ body: "", excerpt: post.excerpt }, maxLength) : fromBody(post, ctx, (full) => postExcerpt(full, maxLength));
      },
    }),
    body: t.string({
      description: "The essay. HTML is sanitized, with numbered footnote markers linked to the notes and back.",
      args: { format: t.arg({ type: ContentFormatEnum, required: true, defaultValue: "HTML", description: "Output format." }) },
      resolve: (post, { format }, ctx) => fromBody(post, ctx, (full) => postBody(full, format)),
    }),
    wordCount: t.field({
      type: "NonNegativeInt", description: "Words in the essay's text, notes excluded.", resolve: (post, _args, ctx) => fromBody(post, ctx, postWordCount) }),
    readingTimeMinutes: t.field({
      type: "PositiveInt",
      description: "Estimated reading time at 230 words a minute, rounded, at least 1.",
      resolve: (post, _args, ctx) => fromBody(post, ctx, postReadingTimeMinutes),
    }),
    status: t.field({
      type: PostStatusEnum,
      description: "Draft or published. Drafts are visible only to their author and to editors.",
      resolve: (post) => post.status,
    }),
    publishedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the post was published; null for a draft.",
      resolve: (post) => (post.status === "PUBLISHED" ? post.publishedAt : null),
    }),
    createdAt: t.field({ type: "DateTime", description: "When the post was first saved.", resolve: (post) => post.createdAt }),
    updatedAt: t.field({ type: "DateTime", description: "When the post was last changed.", resolve: (post) => post.updatedAt }),
    author: t.field({ type: AuthorRef, description: "Who wrote it.", resolve: (post, _args, ctx) => ctx.loaders.author(post.authorId) }),
    discussion: t.field({
      type: DiscussionRef,
      nullable: true,
      description: "The shared prompt this post responds to, if any.",
      resolve: (post) => post.discussionId,
    }),
    inResponseTo: t.field({
      type: PostRef,
      nullable: true,
      description: "The post this one answers, if any (and if it is visible).",
      resolve: (post) => post.inResponseToId,
    }),
    responses: t.connection(
      {
        type: PostRef,
        description: "Posts written in answer to this one; newest first unless `orderBy` says otherwise.",
        args: { orderBy: t.arg({ type: PostOrderInput, description: "Sort order." }) },
        resolve: (post, args, ctx, info) =>
          childConnection(
            args,
            "Post.responses",
            postOrderFor(args.orderBy, ctx.visibility.includesDrafts),
            post.id,
            { page: ctx.loaders.posts.responsesPageByPost, count: ctx.loaders.posts.responsesCountByPost },
            leanPosts(info),
          ),
      },
      PostConnection,
    ),
    otherResponses: t.connection(
      {
        type: PostRef,
        description: "The other posts in the same discussion, newest first, without this one. Empty outside a discussion.",
        resolve: (post, args, ctx, info) => {
          const order = newestPosts(ctx.visibility.includesDrafts);
          const discussionId = post.discussionId;
          if (discussionId === null) {
            return pagedConnection(args, "Post.otherResponses", order, async () => ({ rows: [], hasMore: false }), async () => 0);
          }
          const { pageByDiscussion, countByDiscussion } = ctx.loaders.posts;
          return pagedConnection(
            args,
            "Post.otherResponses",
            order,
            async (request) =>
              withoutPost(
                await pageByDiscussion.load({ parent: discussionId, order, request: { ...request, limit: request.limit + 1 }, lean: leanPosts(info) }),
                post.id,
                request.limit,
                request.direction,
              ),
            async () => Math.max(0, (await countByDiscussion.load(discussionId)) - 1),
          );
        },
      },
      PostConnection,
    ),
    footnotes: t.field({
      type: [FootnoteRef],
      description: "The notes, in order of their number.",
      resolve: (post, _args, ctx) => ctx.loaders.footnotesByPost.load(post.id),
    }),
    comments: t.connection(
      {
        type: CommentRef,
        description: "Top-level approved comments, oldest first. Replies hang off each comment.",
        resolve: (post, args, ctx) =>
          childConnection(args, "Post.comments", oldestCommentsFirst, post.id, {
            page: ctx.loaders.comments.topLevelPageByPost,
            count: ctx.loaders.comments.topLevelCountByPost,
          }),
      },
      CommentConnection,
    ),
    commentCount: t.int({
      description: "Approved comments on this post, replies included.",
      resolve: (post, _args, ctx) => ctx.loaders.comments.countByPost.load(post.id),
    }),
  }),
});

builder.queryFields((t) => ({
  post: t.field({
    type: PostRef,
    nullable: true,
    description: "A published post by its slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The post's slug." }) },
    resolve: (_root, { slug }, ctx) => ctx.loaders.records.postBySlug.load(slug),
  }),
  posts: t.connection(
    {
      type: PostRef,
      description:
        "Posts, newest first unless `orderBy` says otherwise. Anonymous readers get the published posts. With a token, an author also gets their own drafts and an editor every draft, mixed in (drafts by when they were created); `filter.status` narrows to one or the other.",
      args: {
        filter: t.arg({ type: PostFilterInput, description: "Which posts." }),
        orderBy: t.arg({ type: PostOrderInput, description: "Sort order." }),
      },
      resolve: (_root, args, ctx, info) => {
        const order = postOrderFor(args.orderBy, ctx.visibility.includesDrafts);
        checkFilterLists(args.filter);
        const lean = leanPosts(info);
        return pagedConnection(args, "Query.posts", order, (request) => ctx.loaders.posts.listedPage(args.filter, order, request, lean), () =>
          ctx.loaders.posts.count(args.filter),
        );
      },
    },
    PostConnection,
  ),
}));

const PostRevisionRef = builder.objectRef<PostRevision>("PostRevision").implement({
  description: "One saved version of a post: who saved it, when, and which fields it changed.",
  fields: (t) => ({
    revision: t.exposeInt("revision", { description: "1 for the first version, then one more for each change." }),
    editor: t.field({ type: AuthorRef, description: "Who saved this version.", resolve: (r) => r.editorId }),
    changedFields: t.stringList({
      description: "The fields this version changed, e.g. title, body, slug, status.",
      resolve: (r) => JSON.parse(r.changed) as string[],
    }),
    status: t.field({ type: PostStatusEnum, description: "Draft or published, as of this version.", resolve: (r) => r.status }),
    createdAt: t.field({ type: "DateTime", description: "When this version was saved.", resolve: (r) => r.createdAt }),
  }),
});

builder.objectFields(PostRef, (t) => ({
  revision: t.exposeInt("revision", { description: "The current revision. Send it back as `expectedRevision` when updating." }),
  revisions: t.field({
    type: [PostRevisionRef],
    description: `The saved versions, newest first: the latest \`limit\` of them (1 to ${MAX_PAGE_SIZE}).`,
    args: { limit: t.arg.int({ required: true, defaultValue: 20, description: `How many versions, newest first; at most ${MAX_PAGE_SIZE}.` }) },
    resolve: async (post, { limit }, ctx) => {
      if (limit < 1 || limit > MAX_PAGE_SIZE) throw badUserInput(`\`limit\` must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}.`, "limit");
      const page = await ctx.loaders.revisionsPageByPost.load({
        parent: post.id,
        order: newestRevisionsFirst,
        request: { limit, direction: "forward", after: null, before: null },
      });
      return page.rows;
    },
  }),
}));
