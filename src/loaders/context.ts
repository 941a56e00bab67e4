import type { PrismaClient } from "../db/client.js";
import { Prisma, type Footnote, type FootnoteOverride, type PostLegacyUrl, type PostRevision, type PostTerm } from "../generated/prisma/client.js";
import { createCommentLoaders } from "./comments.js";
import { createDirectoryLoaders } from "./directory.js";
import { createPostLoaders } from "./posts.js";
import {
  loadAuthorsBySlug,
  loadDiscussionsBySlug,
  loadFootnotesByPost,
  loadPostsBySlug,
  loadSite,
} from "./records.js";
import { createGroupLoader, createPageLoader, createUniqueLoader } from "./relation-loaders.js";
import type { Visibility } from "./visibility.js";

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Every relation loader for one request, so no cache outlives it. Each family
 * is created on first use: most requests touch only a few of them.
 */
export function createLoaders(db: PrismaClient, visibility: Visibility) {
  const records = once(() => ({
    postBySlug: createUniqueLoader((slugs: readonly string[]) => loadPostsBySlug(db, visibility, slugs), (p) => p.slug),
    authorBySlug: createUniqueLoader((slugs: readonly string[]) => loadAuthorsBySlug(db, slugs), (a) => a.slug),
    discussionBySlug: createUniqueLoader((slugs: readonly string[]) => loadDiscussionsBySlug(db, slugs), (d) => d.slug),
  }));
  const posts = once(() => createPostLoaders(db, visibility));
  const comments = once(() => createCommentLoaders(db, visibility));
  const directory = once(() => createDirectoryLoaders(db));
  const footnotesByPost = once(() =>
    createGroupLoader<Footnote>((ids) => loadFootnotesByPost(db, ids), (f) => f.postId),
  );
  // Editors' attachments and detachments of notes, by post: Footnote.correction.
  const overridesByPost = once(() =>
    createGroupLoader<FootnoteOverride>((ids) => db.footnoteOverride.findMany({ where: { postId: { in: [...ids] } } }), (o) => o.postId),
  );
  // What a post had on the system it was imported from: its addresses, its categories and tags.
  const legacyUrlsByPost = once(() =>
    createGroupLoader<PostLegacyUrl>((ids) => db.postLegacyUrl.findMany({ where: { postId: { in: [...ids] } }, orderBy: { id: "asc" } }), (u) => u.postId),
  );
  const termsByPost = once(() =>
    createGroupLoader<PostTerm>((ids) => db.postTerm.findMany({ where: { postId: { in: [...ids] } }, orderBy: { id: "asc" } }), (t) => t.postId),
  );
  // The saved versions of posts already known to be visible, newest first, a page per post.
  const revisionsPageByPost = once(() =>
    createPageLoader<PostRevision>(db, { from: Prisma.sql`"PostRevision" t`, parent: Prisma.sql`t."postId"`, where: Prisma.sql`1 = 1` }),
  );
  return {
    get records() {
      return records();
    },
    /** The webhook delivery log, newest first (editors only; the schema says so). */
    webhookDeliveries: (limit: number, status: "PENDING" | "SUCCEEDED" | "FAILED" | null) =>
      db.webhookDelivery.findMany({
        where: status ? { status } : {},
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit,
      }),
    /** The site singleton, read at most once per request. */
    site: once(() => loadSite(db)),
    get posts() {
      return posts();
    },
    get comments() {
      return comments();
    },
    get directory() {
      return directory();
    },
    get footnotesByPost() {
      return footnotesByPost();
    },
    get overridesByPost() {
      return overridesByPost();
    },
    get legacyUrlsByPost() {
      return legacyUrlsByPost();
    },
    get termsByPost() {
      return termsByPost();
    },
    get revisionsPageByPost() {
      return revisionsPageByPost();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
