import type { PrismaClient } from "../db/client.js";
import type { Footnote } from "../generated/prisma/client.js";
import { createCommentLoaders } from "./comments.js";
import { createDirectoryLoaders } from "./directory.js";
import { createPostLoaders } from "./posts.js";
import { loadAuthorsBySlug, loadDiscussionsBySlug, loadFootnotesByPost, loadPostsBySlug, loadSite } from "./records.js";
import { createGroupLoader, createUniqueLoader } from "./relation-loaders.js";

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/** Every relation loader, created fresh for each request so no cache outlives it. */
export function createLoaders(db: PrismaClient) {
  return {
    records: {
      postBySlug: createUniqueLoader((slugs: readonly string[]) => loadPostsBySlug(db, slugs), (p) => p.slug),
      authorBySlug: createUniqueLoader((slugs: readonly string[]) => loadAuthorsBySlug(db, slugs), (a) => a.slug),
      discussionBySlug: createUniqueLoader((slugs: readonly string[]) => loadDiscussionsBySlug(db, slugs), (d) => d.slug),
    },
    /** The site singleton, read at most once per request. */
    site: once(() => loadSite(db)),
    posts: createPostLoaders(db),
    comments: createCommentLoaders(db),
    directory: createDirectoryLoaders(db),
    footnotesByPost: createGroupLoader<Footnote>((ids) => loadFootnotesByPost(db, ids), (f) => f.postId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
