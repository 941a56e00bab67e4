import { initContextCache } from "@pothos/core";
import type { Viewer } from "../auth/viewer.js";
import type { PrismaClient } from "../db/client.js";
import type { ApiSettings } from "./config.js";
import type { ColloquyPubSub } from "./outbox.js";
import type { ContentChange } from "./response-cache.js";
import { createLoaders, type Loaders } from "../loaders/context.js";
import { visibilityFor, type Visibility } from "../loaders/visibility.js";

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

/** A fresh context per request: the Pothos cache key, the viewer, and a new set of loaders. */
export function createContext(
  db: PrismaClient,
  viewer: Viewer,
  settings: ApiSettings,
  pubsub: ColloquyPubSub,
  eventsCommitted: Context["eventsCommitted"] = () => {},
  contentChanged: Context["contentChanged"] = () => {},
): Context {
  const visibility = visibilityFor(viewer);
  return { ...initContextCache(), db, settings, pubsub, eventsCommitted, contentChanged, viewer, visibility, loaders: createLoaders(db, visibility) };
}
