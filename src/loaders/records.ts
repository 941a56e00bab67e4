import type { PrismaClient } from "../db/client.js";
import { Prisma } from "../generated/prisma/client.js";
import type { Author, Comment, Discussion, Footnote, Post, Source } from "../generated/prisma/client.js";
import { embedColumns, embedJoins, oneOf, shapeRows, type Embed } from "./pagination.js";
import { storableKeys } from "./storable.js";
import { everyone, type Visibility } from "./visibility.js";

// Batch functions for single records, by id or slug: one statement per batch.
// They return visible rows in storage order; the schema's loadable refs sort
// them back to key order, and a missing or hidden row becomes null.

type Table = "Author" | "Discussion" | "Post" | "Footnote" | "Source" | "Comment";

function loadWhere<Row>(
  db: PrismaClient,
  table: Table,
  column: "id" | "slug",
  keys: readonly (number | string)[],
  visible: Prisma.Sql,
): Promise<Row[]> {
  const kept = storableKeys(keys);
  if (kept.length === 0) return Promise.resolve([]);
  return db.reads.rows<Row>(Prisma.sql`
    SELECT t.* FROM ${Prisma.raw(`"${table}"`)} t
    WHERE ${oneOf(db, Prisma.raw(`t."${column}"`), kept, column === "id" ? "integer" : "text")} AND ${visible}`);
}

export const loadAuthorsById = (db: PrismaClient, ids: readonly number[]) =>
  loadWhere<Author>(db, "Author", "id", ids, everyone);
export const loadAuthorsBySlug = (db: PrismaClient, slugs: readonly string[]) =>
  loadWhere<Author>(db, "Author", "slug", slugs, everyone);
export const loadDiscussionsById = (db: PrismaClient, ids: readonly number[]) =>
  loadWhere<Discussion>(db, "Discussion", "id", ids, everyone);
export const loadDiscussionsBySlug = (db: PrismaClient, slugs: readonly string[]) =>
  loadWhere<Discussion>(db, "Discussion", "slug", slugs, everyone);
export const loadPostsById = (db: PrismaClient, visibility: Visibility, ids: readonly number[]) =>
  loadWhere<Post>(db, "Post", "id", ids, visibility.post);
/**
 * Posts by slug, one per slug. A slug is unique among published posts and
 * among each author's drafts (Post.slugScope), so a viewer who may read drafts
 * can see more than one post with a slug: the published one is the slug's,
 * then the draft changed last.
 */
export async function loadPostsBySlug(db: PrismaClient, visibility: Visibility, slugs: readonly string[]): Promise<Post[]> {
  const rows = await loadWhere<Post>(db, "Post", "slug", slugs, visibility.post);
  const rank = (post: Post) => [post.slugScope === 0 ? 1 : 0, post.updatedAt.getTime(), post.id];
  const preferred = new Map<string, Post>();
  for (const row of rows) {
    const known = preferred.get(row.slug);
    if (!known) preferred.set(row.slug, row);
    else {
      const [a, b] = [rank(row), rank(known)];
      const better = a.findIndex((value, i) => value !== b[i]);
      if (better >= 0 && a[better]! > b[better]!) preferred.set(row.slug, row);
    }
  }
  return [...preferred.values()];
}
export const loadSourcesById = (db: PrismaClient, visibility: Visibility, ids: readonly number[]) =>
  loadWhere<Source>(db, "Source", "id", ids, visibility.source);
export const loadFootnotesById = (db: PrismaClient, visibility: Visibility, ids: readonly number[]) =>
  loadWhere<Footnote>(db, "Footnote", "id", ids, visibility.footnote);
export const loadCommentsById = (db: PrismaClient, visibility: Visibility, ids: readonly number[]) =>
  loadWhere<Comment>(db, "Comment", "id", ids, visibility.comment);

/**
 * The bodies of posts already known to be visible (a list read them lean,
 * loaders/posts.ts), by id: one statement per batch.
 */
export const loadPostBodies = (db: PrismaClient, ids: readonly number[]) =>
  db.reads.rows<{ id: number; body: string }>(Prisma.sql`
    SELECT t."id", t."body" FROM "Post" t WHERE ${oneOf(db, Prisma.sql`t."id"`, ids, "integer")}`);

/**
 * The notes of posts already known to be visible, in number order; with
 * `embeds` (their sources), each with its source read in the same statement:
 * a source cited by a visible post is visible.
 */
export async function loadFootnotesByPost(db: PrismaClient, postIds: readonly number[], embeds?: readonly Embed[]): Promise<Footnote[]> {
  const table = await db.reads.table(Prisma.sql`
    SELECT t.*${embedColumns(embeds)} FROM "Footnote" t${embedJoins(embeds)}
    WHERE ${oneOf(db, Prisma.sql`t."postId"`, postIds, "integer")}
    ORDER BY t."postId", t."number"`);
  return shapeRows(table, embeds).rows as unknown as Footnote[];
}

/** The site singleton. Not findUnique: Prisma merges those across requests, and the statement would be counted against another request. */
export async function loadSite(db: PrismaClient): Promise<{ title: string; description: string } | null> {
  return (await db.site.findFirst({ where: { id: 1 } })) ?? null;
}
