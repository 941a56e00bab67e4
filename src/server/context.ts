import { initContextCache } from "@pothos/core";
import type { PrismaClient } from "../db/client.js";
import { createLoaders, type Loaders } from "../loaders/context.js";

export interface Context {
  db: PrismaClient;
  loaders: Loaders;
}

/** A fresh context per request: the Pothos cache key and a new set of loaders. */
export function createContext(db: PrismaClient): Context {
  return { ...initContextCache(), db, loaders: createLoaders(db) };
}
