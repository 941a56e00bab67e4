import { Prisma } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";
import { countRoot, loadRootPage, pageConditions, type Page, type PageRequest, type SortOrder } from "./pagination.js";
import { storableKeys } from "./storable.js";
import type { Visibility } from "./visibility.js";

// The change log an offline reader syncs from: every post that changed, and
// every post that went away, in the order it happened. Ties in time are
// broken by kind and id, so a page boundary never falls between two changes
// of the same instant without a cursor that tells them apart.

export interface ChangeRow {
  /** 0: the post changed (it may since have been withdrawn); 1: the post was deleted. */
  kind: number;
  /** The post's id. */
  id: number;
  changedAt: Date;
}

export const changesInOrder: SortOrder<ChangeRow> = {
  name: "Change.AT.ASC",
  direction: "ASC",
  columns: ['t."changedAt"', 't."kind"', 't."id"'],
  dates: [true, false, false],
  integers: [false, true, true],
  values: (row) => [row.changedAt.getTime(), row.kind, row.id],
};

export interface ChangeFilter {
  since: Date;
  authorSlugs?: string[] | null;
  discussionSlugs?: string[] | null;
}

function scoped(column: Prisma.Sql, table: "Author" | "Discussion", slugs: string[] | null | undefined): Prisma.Sql {
  if (!slugs) return Prisma.sql`1 = 1`;
  const kept = storableKeys(slugs);
  if (!kept.length) return Prisma.sql`1 = 0`;
  return Prisma.sql`${column} IN (SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "slug" IN (${Prisma.join(kept)}))`;
}

/**
 * Changes since an instant, as the viewer may know of them: visible posts that
 * changed, posts withdrawn after being published, and deleted posts that had
 * been published. Drafts that were never out leave no trace.
 */
function changes(visibility: Visibility, filter: ChangeFilter) {
  // Aliases c and d: the visibility rule names its own rows p.
  const postScope = Prisma.sql`${scoped(Prisma.sql`c."authorId"`, "Author", filter.authorSlugs)}
    AND ${scoped(Prisma.sql`c."discussionId"`, "Discussion", filter.discussionSlugs)}`;
  const goneScope = Prisma.sql`${scoped(Prisma.sql`d."authorId"`, "Author", filter.authorSlugs)}
    AND ${scoped(Prisma.sql`d."discussionId"`, "Discussion", filter.discussionSlugs)}`;
  const visiblePost = visibility.postIsVisible(Prisma.sql`c."id"`);
  // A post the viewer can see changed when it was last updated. One they cannot
  // see any longer was withdrawn: it changed, for them, when it was withdrawn,
  // and edits to the draft since then are none of their business.
  const from = Prisma.sql`(
    SELECT 0 AS "kind", c."id" AS "id",
      CASE WHEN ${visiblePost} THEN c."updatedAt" ELSE COALESCE(c."withdrawnAt", c."updatedAt") END AS "changedAt"
    FROM "Post" c
    WHERE (${visiblePost} OR c."publishedAt" IS NOT NULL) AND ${postScope}
    UNION ALL
    SELECT 1 AS "kind", d."postId" AS "id", d."removedAt" AS "changedAt" FROM "PostTombstone" d
    WHERE ${goneScope}
  ) t`;
  return { from, where: Prisma.sql`t."changedAt" >= ${filter.since}` };
}

export async function loadChangesPage(
  db: PrismaClient,
  visibility: Visibility,
  filter: ChangeFilter,
  request: PageRequest,
): Promise<Page<ChangeRow>> {
  const { from, where } = changes(visibility, filter);
  const page = await loadRootPage<Record<string, unknown>>(
    db,
    from,
    where,
    changesInOrder as unknown as SortOrder<Record<string, unknown>>,
    request,
  );
  // A union loses the column types, so the values arrive as plain numbers.
  return {
    hasMore: page.hasMore,
    rows: page.rows.map((row) => ({
      kind: Number(row.kind),
      id: Number(row.id),
      changedAt: row.changedAt instanceof Date ? row.changedAt : new Date(Number(row.changedAt)),
    })),
  };
}

/**
 * How many changes a sync has still to deliver from where the request stands:
 * those after its `after` cursor (and before its `before`), the page being
 * read included. On the first page of a sync it is every change since
 * `updatedSince`; on a page read from a `syncCursor`, only what is new since.
 */
export function countChanges(
  db: PrismaClient,
  visibility: Visibility,
  filter: ChangeFilter,
  position: Pick<PageRequest, "after" | "before"> = { after: null, before: null },
): Promise<number> {
  const { from, where } = changes(visibility, filter);
  return countRoot(db, from, Prisma.sql`${where} AND ${pageConditions(changesInOrder, position)}`);
}
