import type { createPubSub } from "graphql-yoga";
import type { Viewer } from "../auth/viewer.js";
import type { ApiSettings } from "../config.js";
import type { PrismaClient } from "../db/client.js";
import type { Loaders } from "../loaders/context.js";
import type { Visibility } from "../loaders/visibility.js";

// What every resolver receives, and the two things it reports back to the
// server: the events a write committed, and what it changed. The server
// builds it per request (server/context.ts); the schema only reads it.

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

export type ColloquyPubSub = ReturnType<typeof createPubSub<ColloquyEvents>>;

/**
 * What a write changed, for the response cache: it drops the cached answers
 * built from the old content before the mutation answers.
 */
export type ContentChange =
  /** Created, edited, published, unpublished or deleted: lists of posts, and everything hanging off them, may change. */
  | { kind: "post"; postId: number }
  /** A new comment, approved or pending. It has no replies yet, so only its parents' lists change. */
  | { kind: "commentAdded"; commentId: number; postId: number; parentId: number | null; authorId: number | null }
  /** A comment's text. */
  | { kind: "commentEdited"; commentId: number }
  /** A comment's status: it and every reply under it appear or disappear. */
  | { kind: "commentModerated"; commentId: number; postId: number }
  | { kind: "author"; authorId: number }
  /** An editor's correction to a shared source: every answer that shows a source. */
  | { kind: "source"; sourceId: number }
  | { kind: "discussion"; discussionId: number };

export interface Context {
  db: PrismaClient;
  settings: ApiSettings;
  /** This process's subscribers' events, fed from the outbox. */
  pubsub: ColloquyPubSub;
  /**
   * A write committed events (the writes record them in their transactions):
   * wake the relay and the webhook dispatcher now rather than at their next poll.
   */
  eventsCommitted(): void;
  /** Report a committed change, so that cached responses built from the old content are dropped before the mutation answers. */
  contentChanged(change: ContentChange): void;
  viewer: Viewer;
  /** What this viewer may see; every loader filters through it. */
  visibility: Visibility;
  loaders: Loaders;
}

