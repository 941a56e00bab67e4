import { createPubSub } from "graphql-yoga";

/**
 * What happened, for subscribers. Events carry ids only: each subscriber reads
 * the row itself, through its own visibility, so authorization applies per event.
 */
export type ColloquyEvents = {
  /** A comment became visible to readers on a post (added approved, or approved by an editor). */
  commentAdded: [postId: number, payload: { commentId: number }];
  /** A post was published. */
  postPublished: [payload: { postId: number }];
};

export type ColloquyPubSub = ReturnType<typeof createColloquyPubSub>;

export function createColloquyPubSub() {
  return createPubSub<ColloquyEvents>();
}
