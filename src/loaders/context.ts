import type DataLoader from "dataloader";
import type { PrismaClient } from "../db/client.js";
import {
  Prisma,
  type Author,
  type Footnote,
  type FootnoteOverride,
  type PostLegacyUrl,
  type PostRevision,
  type PostTerm,
  type Source,
} from "../generated/prisma/client.js";
import { createCommentLoaders } from "./comments.js";
import { createDirectoryLoaders } from "./directory.js";
import { createPostLoaders } from "./posts.js";
import {
  loadAuthorsById,
  loadAuthorsBySlug,
  loadCommentsById,
  loadDiscussionsById,
  loadDiscussionsBySlug,
  loadFootnotesById,
  loadFootnotesByPost,
  loadPostsById,
  loadPostBodies,
  loadPostsBySlug,
  loadSite,
  loadSourcesById,
} from "./records.js";
import type { Embed } from "./pagination.js";
import { createGroupLoader, createPageLoader, createUniqueLoader } from "./relation-loaders.js";
import type { Visibility } from "./visibility.js";

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Records by id, the visible ones only (null for the rest). */
const byId = <Row extends { id: number }>(fetch: (ids: readonly number[]) => Promise<Row[]>) =>
  createUniqueLoader<number, Row>(fetch, (row) => row.id, "id");

/** A lookup by another key that primes the by-id loader with what it finds, so a record read by slug is never read again by id. */
const priming = <Key, Row extends { id: number }>(ids: DataLoader<number, Row | null>, fetch: (keys: readonly Key[]) => Promise<Row[]>) =>
  async (keys: readonly Key[]) => {
    const rows = await fetch(keys);
    for (const row of rows) ids.prime(row.id, row);
    return rows;
  };

/**
 * Every relation loader for one request, so no cache outlives it. Each family
 * is created on first use: most requests touch only a few of them. They read
 * from `primary` unless `readFrom` names another database before the first
 * one is used: read routing chooses a replica before any resolver runs, and
 * the loaders are built once, on the database it chose.
 */
export function createLoaders(primary: PrismaClient, visibility: Visibility) {
  let chosen = primary;
  let used = false;
  const db = () => {
    used = true;
    return chosen;
  };
  // Every record by id: the node types of the schema (schema/refs.ts) load through these.
  const records = once(() => {
    const postById = byId((ids) => loadPostsById(db(), visibility, ids));
    const authorById = byId((ids) => loadAuthorsById(db(), ids));
    const discussionById = byId((ids) => loadDiscussionsById(db(), ids));
    return {
      postById,
      authorById,
      discussionById,
      commentById: byId((ids) => loadCommentsById(db(), visibility, ids)),
      footnoteById: byId((ids) => loadFootnotesById(db(), visibility, ids)),
      sourceById: byId((ids) => loadSourcesById(db(), visibility, ids)),
      postBySlug: createUniqueLoader(priming(postById, (slugs: readonly string[]) => loadPostsBySlug(db(), visibility, slugs)), (p) => p.slug),
      authorBySlug: createUniqueLoader(priming(authorById, (slugs: readonly string[]) => loadAuthorsBySlug(db(), slugs)), (a) => a.slug),
      discussionBySlug: createUniqueLoader(priming(discussionById, (slugs: readonly string[]) => loadDiscussionsBySlug(db(), slugs)), (d) => d.slug),
      /** The bodies of posts a list read without them, for the fields made from a body. */
      postBodyById: createUniqueLoader((ids: readonly number[]) => loadPostBodies(db(), ids), (row) => row.id, "id"),
    };
  });
  // On PostgreSQL, authors and sources are read along with the rows that point
  // to them, into the by-id loaders: a statement fewer per level, and so a
  // round trip fewer. SQLite has no round trips, and there the separate, deduplicated
  // lookups are cheaper than the joins and wider rows (docs/benchmarks.md).
  // The rows read that way are also kept here, so that a resolver holding the
  // id can hand the row itself to the schema, which then needs no loader at all.
  const embedded = { Author: new Map<number, Author>(), Source: new Map<number, Source>() };
  const embed = <Row extends { id: number }>(
    table: Embed["table"],
    columns: Record<string, string>,
    via: Embed["via"],
    loader: () => DataLoader<number, Row | null>,
  ): Embed | undefined =>
    primary.dialect === "postgresql"
      ? {
          table,
          columns: Object.values(columns),
          via,
          receive: (row) => {
            const id = row.id as number;
            loader().prime(id, row as unknown as Row);
            (embedded[table] as Map<number, unknown>).set(id, row);
          },
        }
      : undefined;
  const author = embed<Author>("Author", Prisma.AuthorScalarFieldEnum, '"authorId"', () => records().authorById);
  const source = embed<Source>("Source", Prisma.SourceScalarFieldEnum, '"sourceId"', () => records().sourceById);
  /** The row of `id` when a list read it along, else the id: what a field of an Author or Source type may return. */
  const rowOr =
    <Row>(rows: Map<number, Row>) =>
    <Id extends number | null>(id: Id): Row | Id =>
      id === null ? id : (rows.get(id) ?? id);
  const noteEmbeds = source ? [source] : undefined;
  const posts = once(() => createPostLoaders(db(), visibility, author));
  const comments = once(() => createCommentLoaders(db(), visibility, author));
  const directory = once(() => createDirectoryLoaders(db()));
  const footnotesByPost = once(() =>
    createGroupLoader<Footnote>((ids) => loadFootnotesByPost(db(), ids, noteEmbeds), (f) => f.postId),
  );
  // Editors' attachments and detachments of notes, by post: Footnote.correction.
  const overridesByPost = once(() =>
    createGroupLoader<FootnoteOverride>((ids) => db().footnoteOverride.findMany({ where: { postId: { in: [...ids] } } }), (o) => o.postId),
  );
  // What a post had on the system it was imported from: its addresses, its categories and tags.
  const legacyUrlsByPost = once(() =>
    createGroupLoader<PostLegacyUrl>((ids) => db().postLegacyUrl.findMany({ where: { postId: { in: [...ids] } }, orderBy: { id: "asc" } }), (u) => u.postId),
  );
  const termsByPost = once(() =>
    createGroupLoader<PostTerm>((ids) => db().postTerm.findMany({ where: { postId: { in: [...ids] } }, orderBy: { id: "asc" } }), (t) => t.postId),
  );
  // The saved versions of posts already known to be visible, newest first, a page per post.
  const revisionsPageByPost = once(() =>
    createPageLoader<PostRevision>(db(), { from: Prisma.sql`"PostRevision" t`, parent: Prisma.sql`t."postId"`, where: Prisma.sql`1 = 1` }),
  );
  return {
    /** Read from `reader` instead of the primary; only before any loader has been used. */
    readFrom(reader: PrismaClient): void {
      if (used && reader !== chosen) throw new Error("The loaders have been used already: they read from the database they started on.");
      chosen = reader;
    },
    get records() {
      return records();
    },
    /** An author, as its row when a list read it along (PostgreSQL), else as its id for the schema to load. */
    author: rowOr(embedded.Author),
    /** A source, the same way. */
    source: rowOr(embedded.Source),
    /** The webhook delivery log, newest first (editors only; the schema says so). */
    webhookDeliveries: (limit: number, status: "PENDING" | "SUCCEEDED" | "FAILED" | null) =>
      db().webhookDelivery.findMany({
        where: status ? { status } : {},
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit,
      }),
    /** The site singleton, read at most once per request. */
    site: once(() => loadSite(db())),
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
