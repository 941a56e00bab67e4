import type { Viewer } from "../auth/viewer.js";
import { Prisma } from "../generated/prisma/client.js";

// What a viewer may see, declared once. Every loader, whether it reads one
// record, a page or a count, filters through these, so a hidden row cannot
// surface through any path: lookups, lists, counts or node(id:).
// Each condition applies to the row aliased `t`.

export interface Visibility {
  /** Whether some drafts are visible, which changes how posts sort by publication time. */
  includesDrafts: boolean;
  post: Prisma.Sql;
  /** The post whose id is in `column` is visible. The condition names its own row `p`: `column` must not. */
  postIsVisible(column: Prisma.Sql): Prisma.Sql;
  comment: Prisma.Sql;
  /**
   * Comments listed under a parent already shown (a visible post's top-level
   * comments, a visible comment's replies): the post and the ancestors are
   * known to be visible, so approval is all that is left to check.
   */
  commentUnderVisibleParent: Prisma.Sql;
  footnote: Prisma.Sql;
  source: Prisma.Sql;
}

export const everyone = Prisma.sql`1 = 1`;

/**
 * Published posts (with a publication time) are public. Authors also see their
 * own drafts; editors see every post.
 */
function postRule(viewer: Viewer): (alias: string) => Prisma.Sql {
  const published = (alias: string) => `${alias}."status" = 'PUBLISHED' AND ${alias}."publishedAt" IS NOT NULL`;
  if (viewer.kind === "anonymous") return (alias) => Prisma.raw(published(alias));
  if (viewer.role === "EDITOR") return () => everyone;
  const own = viewer.authorId;
  return (alias) => Prisma.sql`(${Prisma.raw(published(alias))} OR ${Prisma.raw(`${alias}."authorId"`)} = ${own})`;
}

export function visibilityFor(viewer: Viewer): Visibility {
  const postVisible = postRule(viewer);
  const postIsVisible = (column: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "Post" p WHERE p."id" = ${column} AND ${postVisible("p")})`;
  return {
    includesDrafts: viewer.kind === "author",
    post: postVisible("t"),
    postIsVisible,
    // A comment is visible when it is approved, its post is visible, and so is
    // every comment above it: a reply under a rejected comment is unreachable
    // in its thread, so it is not shown or counted anywhere else either.
    comment: Prisma.sql`t."status" = 'APPROVED' AND ${postIsVisible(Prisma.sql`t."postId"`)}
      AND NOT EXISTS (
        WITH RECURSIVE ancestors("id", "parentId", "status") AS (
          SELECT a."id", a."parentId", a."status" FROM "Comment" a WHERE a."id" = t."parentId"
          UNION ALL
          SELECT b."id", b."parentId", b."status" FROM "Comment" b JOIN ancestors ON b."id" = ancestors."parentId"
        )
        SELECT 1 FROM ancestors WHERE ancestors."status" <> 'APPROVED')`,
    commentUnderVisibleParent: Prisma.sql`t."status" = 'APPROVED'`,
    footnote: postIsVisible(Prisma.sql`t."postId"`),
    // A source is visible when a visible post cites it.
    source: Prisma.sql`EXISTS (
      SELECT 1 FROM "Footnote" f JOIN "Post" p ON p."id" = f."postId"
      WHERE f."sourceId" = t."id" AND ${postVisible("p")})`,
  };
}
