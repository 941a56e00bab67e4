import { Prisma } from "../generated/prisma/client.js";

// What a reader may see, declared once. Every loader, whether it reads one
// record, a page or a count, filters through these, so a hidden row cannot
// surface through any path: lookups, lists, counts or node(id:).
// Each fragment applies to the row aliased `t`.

const isPublished = (post: string) =>
  Prisma.raw(`${post}."status" = 'PUBLISHED' AND ${post}."publishedAt" IS NOT NULL`);

/** A post is visible once published, with its publication time set. */
export const visiblePost = isPublished("t");

/** The post with id `column` is visible. */
export function postIsVisible(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Post" p WHERE p."id" = ${column} AND ${isPublished("p")})`;
}

/**
 * A comment is visible when it is approved, its post is visible, and so is every
 * comment above it: a reply under a rejected comment is unreachable in its
 * thread, so it is not shown or counted anywhere else either.
 */
export const visibleComment = Prisma.sql`t."status" = 'APPROVED' AND ${postIsVisible(Prisma.sql`t."postId"`)}
  AND NOT EXISTS (
    WITH RECURSIVE ancestors("id", "parentId", "status") AS (
      SELECT a."id", a."parentId", a."status" FROM "Comment" a WHERE a."id" = t."parentId"
      UNION ALL
      SELECT b."id", b."parentId", b."status" FROM "Comment" b JOIN ancestors ON b."id" = ancestors."parentId"
    )
    SELECT 1 FROM ancestors WHERE ancestors."status" <> 'APPROVED')`;

/**
 * The same rule for comments listed under a parent already shown (a visible
 * post's top-level comments, a visible comment's replies): the post and the
 * ancestors are known to be visible, so approval is all that is left to check.
 */
export const visibleCommentUnderVisibleParent = Prisma.sql`t."status" = 'APPROVED'`;

/** A footnote is visible with its post. */
export const visibleFootnote = postIsVisible(Prisma.sql`t."postId"`);

/** A source is visible when a visible post cites it. */
export const visibleSource = Prisma.sql`EXISTS (
  SELECT 1 FROM "Footnote" f JOIN "Post" p ON p."id" = f."postId"
  WHERE f."sourceId" = t."id" AND ${isPublished("p")})`;

export const everyone = Prisma.sql`1 = 1`;
