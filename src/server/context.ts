import { initContextCache } from "@pothos/core";
import type { Viewer } from "../auth/viewer.js";
import type { PrismaClient } from "../db/client.js";
import { createLoaders, type Loaders } from "../loaders/context.js";

export interface Context {
  db: PrismaClient;
  viewer: Viewer;
  loaders: Loaders;
}

/** A fresh context per request: the Pothos cache key, the viewer, and a new set of loaders. */
export function createContext(db: PrismaClient, viewer: Viewer): Context {
  return { ...initContextCache(), db, viewer, loaders: createLoaders(db) };
}
