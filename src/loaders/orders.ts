import type { Author, Comment, Discussion, Post, PostRevision } from "../generated/prisma/client.js";
import type { SortDirection, SortOrder } from "./pagination.js";

// Every ordering a connection can use. Each ends with the id, so it is total,
// and each has an index in prisma/schema.prisma that serves it.

export type PostSortField = "PUBLISHED_AT" | "UPDATED_AT" | "TITLE";

/** What a post's order reads: any post row, with or without its body. */
type SortablePost = Omit<Post, "body">;

const postColumns: Record<PostSortField, { column: string; date: boolean; value: (p: SortablePost) => number | string }> = {
  PUBLISHED_AT: { column: 't."publishedAt"', date: true, value: (p) => p.publishedAt?.getTime() ?? 0 },
  UPDATED_AT: { column: 't."updatedAt"', date: true, value: (p) => p.updatedAt.getTime() },
  TITLE: { column: 't."title"', date: false, value: (p) => p.title },
};

// Drafts have no publication time. Where a viewer can see drafts, they sort by
// their creation time instead; readers who cannot keep the plain, indexed column.
const withDrafts: typeof postColumns.PUBLISHED_AT = {
  column: 'COALESCE(t."publishedAt", t."createdAt")',
  date: true,
  value: (p) => (p.publishedAt ?? p.createdAt).getTime(),
};

const postOrders = new Map<string, SortOrder<SortablePost>>();

export function postOrder(field: PostSortField, direction: SortDirection, includesDrafts = false): SortOrder<SortablePost> {
  const drafts = includesDrafts && field === "PUBLISHED_AT";
  const name = `Post.${field}${drafts ? "_OR_CREATED" : ""}.${direction}`;
  let order = postOrders.get(name);
  if (!order) {
    const { column, date, value } = drafts ? withDrafts : postColumns[field];
    order = { name, direction, columns: [column, 't."id"'], dates: [date, false], values: (p) => [value(p), p.id] };
    postOrders.set(name, order);
  }
  return order;
}

export function newestPosts(includesDrafts: boolean): SortOrder<SortablePost> {
  return postOrder("PUBLISHED_AT", "DESC", includesDrafts);
}

function createdAtOrder<Row extends { id: number; createdAt: Date }>(name: string, direction: SortDirection): SortOrder<Row> {
  return {
    name,
    direction,
    columns: ['t."createdAt"', 't."id"'],
    dates: [true, false],
    values: (row) => [row.createdAt.getTime(), row.id],
  };
}

/** Threads read oldest first. */
export const oldestCommentsFirst = createdAtOrder<Comment>("Comment.CREATED_AT.ASC", "ASC");
/** A person's activity reads newest first. */
export const newestCommentsFirst = createdAtOrder<Comment>("Comment.CREATED_AT.DESC", "DESC");
export const newestDiscussionsFirst = createdAtOrder<Discussion>("Discussion.CREATED_AT.DESC", "DESC");

export const authorsByName: SortOrder<Author> = {
  name: "Author.NAME.ASC",
  direction: "ASC",
  columns: ['t."name"', 't."id"'],
  dates: [false, false],
  values: (a) => [a.name, a.id],
};

/** A post's saved versions, newest first (served by the unique index on postId and revision). */
export const newestRevisionsFirst: SortOrder<PostRevision> = {
  name: "PostRevision.REVISION.DESC",
  direction: "DESC",
  columns: ['t."revision"', 't."id"'],
  dates: [false, false],
  integers: [true, true],
  values: (r) => [r.revision, r.id],
};
