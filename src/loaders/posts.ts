import { Prisma } from "../generated/prisma/client.js";
import type { Post } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";
import { columnsWithout, countRoot, loadRootPage, selectList, type Embed, type Page, type PageRequest, type RelationSpec, type SortOrder } from "./pagination.js";
import { createCountLoader, createPageLoader } from "./relation-loaders.js";
import { storableKeys } from "./storable.js";
import type { Visibility } from "./visibility.js";

const posts = Prisma.sql`"Post" t`;

/**
 * A post as a list gives it: every column, except that a page read lean
 * (`lean: true`) leaves out the body, the one column that can run to a
 * hundred kilobytes. The fields made from the body read it by id when they
 * are asked for (Post.body and the rest, schema/post.ts).
 */
export type ListedPost = Omit<Post, "body"> & { body?: string };

/** Every column of a post but its body. */
const leanPost = columnsWithout(Prisma.PostScalarFieldEnum, ["body"]);

export interface PostFilter {
  authorSlugs?: string[] | null;
  discussionSlugs?: string[] | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
  /** Only posts that answer another post (true) or that do not (false). */
  isResponse?: boolean | null;
  /** Only published posts, or only drafts (those the viewer may see: an author's own, every one for an editor). */
  status?: "PUBLISHED" | "DRAFT" | null;
}

function filterCondition(visibility: Visibility, filter: PostFilter | null | undefined): Prisma.Sql {
  const parts = [visibility.post];
  // An empty list matches nothing, as "any of these" should.
  // `ids` is a fixed subquery from here, never input: the slugs are bound parameters.
  const bySlugs = (column: Prisma.Sql, ids: Prisma.Sql, given: readonly string[]) => {
    const slugs = storableKeys(given);
    return slugs.length ? Prisma.sql`${column} IN (${ids} WHERE "slug" IN (${Prisma.join(slugs)}))` : Prisma.sql`1 = 0`;
  };
  if (filter?.authorSlugs) parts.push(bySlugs(Prisma.sql`t."authorId"`, Prisma.sql`SELECT "id" FROM "Author"`, filter.authorSlugs));
  if (filter?.discussionSlugs) {
    parts.push(bySlugs(Prisma.sql`t."discussionId"`, Prisma.sql`SELECT "id" FROM "Discussion"`, filter.discussionSlugs));
  }
  // As literals: PostgreSQL compares its enum column with a literal, not with a text parameter.
  if (filter?.status === "PUBLISHED") parts.push(Prisma.sql`t."status" = 'PUBLISHED'`);
  if (filter?.status === "DRAFT") parts.push(Prisma.sql`t."status" = 'DRAFT'`);
  if (filter?.publishedAfter) parts.push(Prisma.sql`t."publishedAt" >= ${filter.publishedAfter}`);
  if (filter?.publishedBefore) parts.push(Prisma.sql`t."publishedAt" < ${filter.publishedBefore}`);
  // A post answering a hidden post counts as answering nothing, as its inResponseTo shows.
  const answersVisiblePost = visibility.postIsVisible(Prisma.sql`t."inResponseToId"`);
  if (filter?.isResponse === true) parts.push(answersVisiblePost);
  if (filter?.isResponse === false) parts.push(Prisma.sql`NOT ${answersVisiblePost}`);
  return Prisma.join(parts, " AND ");
}

/** `author`, if given: each listed post's author is read with it (pagination.ts, Embed). */
export function createPostLoaders(db: PrismaClient, visibility: Visibility, author?: Embed) {
  const visible = visibility.post;
  const embeds = author ? [author] : undefined;
  const postsByAuthor: RelationSpec = { from: posts, parent: Prisma.sql`t."authorId"`, where: visible, lean: leanPost };
  const postsByDiscussion: RelationSpec = { from: posts, parent: Prisma.sql`t."discussionId"`, where: visible, embeds, lean: leanPost };
  const responsesByPost: RelationSpec = { from: posts, parent: Prisma.sql`t."inResponseToId"`, where: visible, embeds, lean: leanPost };
  // Posts citing a source: one row per (source, post), however many notes cite it.
  const postsCitingSource: RelationSpec = {
    from: Prisma.sql`"Post" t JOIN (SELECT DISTINCT "sourceId", "postId" FROM "Footnote" WHERE "sourceId" IS NOT NULL) cited
      ON cited."postId" = t."id"`,
    parent: Prisma.sql`cited."sourceId"`,
    where: visible,
    embeds,
    lean: leanPost,
  };
  return {
    pageByAuthor: createPageLoader<ListedPost>(db, postsByAuthor),
    countByAuthor: createCountLoader(db, postsByAuthor),
    pageByDiscussion: createPageLoader<ListedPost>(db, postsByDiscussion),
    countByDiscussion: createCountLoader(db, postsByDiscussion),
    responsesPageByPost: createPageLoader<ListedPost>(db, responsesByPost),
    responsesCountByPost: createCountLoader(db, responsesByPost),
    citingPageBySource: createPageLoader<ListedPost>(db, postsCitingSource),
    citingCountBySource: createCountLoader(db, postsCitingSource),
    /** A page of posts with their bodies (the syndication feeds show them). */
    page: (filter: PostFilter | null | undefined, order: SortOrder<Omit<Post, "body">>, request: PageRequest): Promise<Page<Post>> =>
      loadRootPage<Post>(db, posts, filterCondition(visibility, filter), order, request, embeds),
    /** A page of posts, without their bodies when `lean`. */
    listedPage: (filter: PostFilter | null | undefined, order: SortOrder<Omit<Post, "body">>, request: PageRequest, lean: boolean): Promise<Page<ListedPost>> =>
      loadRootPage<ListedPost>(db, posts, filterCondition(visibility, filter), order, request, embeds, selectList(leanPost, lean)),
    count: (filter: PostFilter | null | undefined): Promise<number> =>
      countRoot(db, posts, filterCondition(visibility, filter)),
  };
}
