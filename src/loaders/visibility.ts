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
 * Who may see a post, declared once. Published posts (with a publication time)
 * are public; authors also see their own drafts; editors see every post. The
 * SQL every loader filters by, the Prisma filter and the check in JavaScript
 * that the writes in domain/ use are all read off this one value.
 */
type PostRule = { sees: "every post" } | { sees: "published posts"; andThoseOf: number | null };

function postRuleFor(viewer: Viewer): PostRule {
  if (viewer.kind === "anonymous") return { sees: "published posts", andThoseOf: null };
  if (viewer.role === "EDITOR") return { sees: "every post" };
  return { sees: "published posts", andThoseOf: viewer.authorId };
}

/** The rule as SQL over the post row aliased `alias`. */
function postRule(viewer: Viewer): (alias: string) => Prisma.Sql {
  const rule = postRuleFor(viewer);
  if (rule.sees === "every post") return () => everyone;
  const published = (alias: string) => `${alias}."status" = 'PUBLISHED' AND ${alias}."publishedAt" IS NOT NULL`;
  const own = rule.andThoseOf;
  if (own === null) return (alias) => Prisma.raw(published(alias));
  return (alias) => Prisma.sql`(${Prisma.raw(published(alias))} OR ${Prisma.raw(`${alias}."authorId"`)} = ${own})`;
}

/** The rule as a Prisma filter, for a write that looks a post up inside its transaction. */
export function visiblePostWhere(viewer: Viewer): Prisma.PostWhereInput {
  const rule = postRuleFor(viewer);
  if (rule.sees === "every post") return {};
  const published: Prisma.PostWhereInput = { status: "PUBLISHED", publishedAt: { not: null } };
  return rule.andThoseOf === null ? published : { OR: [published, { authorId: rule.andThoseOf }] };
}

/** The rule applied to a post already read. */
export function canSeePost(viewer: Viewer, post: { status: string; publishedAt: Date | null; authorId: number }): boolean {
  const rule = postRuleFor(viewer);
  if (rule.sees === "every post") return true;
  return (post.status === "PUBLISHED" && post.publishedAt !== null) || post.authorId === rule.andThoseOf;
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
