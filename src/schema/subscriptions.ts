import { GraphQLError } from "graphql";
import { filter, pipe } from "graphql-yoga";
import { isTokenActive } from "../auth/tokens.js";
import type { Context } from "./context.js";
import { ErrorCode } from "../errors.js";
import type { Comment, Post } from "../generated/prisma/client.js";
import { loadCommentsById, loadPostsById } from "../loaders/records.js";
import { builder } from "./builder.js";
import { CommentRef, PostRef } from "./refs.js";

// Live updates over Server-Sent Events (or any transport yoga speaks). Events
// carry ids; each subscriber reads the row through its own visibility when the
// event arrives, so a subscriber never receives what it could not query.
// The reads bypass the subscription's DataLoaders, whose cache lives as long
// as the subscription and would go stale.

builder.subscriptionType({ description: "Live updates." });

/**
 * A subscription outlives the request that opened it, so the token behind it
 * is checked again before every event: a revoked token ends the stream with
 * UNAUTHENTICATED and receives nothing more. One indexed lookup per event and
 * token holder; anonymous subscribers, most of them, cost nothing.
 */
function tokenStillValid(ctx: Context): () => Promise<void> {
  return async () => {
    if (ctx.viewer.kind !== "author") return;
    if (!(await isTokenActive(ctx.db, ctx.viewer.tokenId))) {
      throw new GraphQLError("The token behind this subscription has been revoked.", {
        extensions: { code: ErrorCode.UNAUTHENTICATED },
      });
    }
  };
}

builder.subscriptionFields((t) => ({
  commentAdded: t.field({
    type: CommentRef,
    description: "Each comment that becomes visible on the post: added by an author, or approved by an editor.",
    args: { postSlug: t.arg.string({ required: true, description: "The post to follow." }) },
    subscribe: async (_root, { postSlug }, ctx) => {
      const post = await ctx.loaders.records.postBySlug.load(postSlug);
      // An unknown or hidden post simply never has events.
      const postId = post?.id ?? -1;
      const checkToken = tokenStillValid(ctx);
      return pipe(
        ctx.pubsub.subscribe("commentAdded", postId),
        filter(async ({ commentId }) => {
          await checkToken();
          return (await loadCommentsById(ctx.db, ctx.visibility, [commentId])).length === 1;
        }),
      );
    },
    resolve: async ({ commentId }, _args, ctx): Promise<Comment> => {
      const [comment] = await loadCommentsById(ctx.db, ctx.visibility, [commentId]);
      return comment!;
    },
  }),
  postPublished: t.field({
    type: PostRef,
    description: "Each post as it is published.",
    subscribe: (_root, _args, ctx) => {
      const checkToken = tokenStillValid(ctx);
      return pipe(
        ctx.pubsub.subscribe("postPublished"),
        filter(async ({ postId }) => {
          await checkToken();
          return (await loadPostsById(ctx.db, ctx.visibility, [postId])).length === 1;
        }),
      );
    },
    resolve: async ({ postId }, _args, ctx): Promise<Post> => {
      const [post] = await loadPostsById(ctx.db, ctx.visibility, [postId]);
      return post!;
    },
  }),
}));
