import { initContextCache } from "@pothos/core";
import type { Viewer } from "../auth/viewer.js";
import type { PrismaClient } from "../db/client.js";
import type { ApiSettings } from "../config.js";
import type { ColloquyPubSub, Context } from "../schema/context.js";
import { createLoaders } from "../loaders/context.js";
import { visibilityFor } from "../loaders/visibility.js";

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
