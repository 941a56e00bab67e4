import type { PrismaClient } from "../db/client.js";
import type { Author, Comment, Discussion, Footnote, Post, Source } from "../generated/prisma/client.js";

// Batch functions for single records, by id or slug. They return rows in
// storage order; the schema's loadable refs sort them back to key order, and a
// missing or hidden row becomes null.

export function loadAuthorsById(db: PrismaClient, ids: readonly number[]): Promise<Author[]> {
  return db.author.findMany({ where: { id: { in: [...ids] } } });
}

export function loadAuthorsBySlug(db: PrismaClient, slugs: readonly string[]): Promise<Author[]> {
  return db.author.findMany({ where: { slug: { in: [...slugs] } } });
}

export function loadPostsById(db: PrismaClient, ids: readonly number[]): Promise<Post[]> {
  return db.post.findMany({ where: { id: { in: [...ids] }, status: "PUBLISHED" } });
}

export function loadPostsBySlug(db: PrismaClient, slugs: readonly string[]): Promise<Post[]> {
  return db.post.findMany({ where: { slug: { in: [...slugs] }, status: "PUBLISHED" } });
}

export function loadDiscussionsById(db: PrismaClient, ids: readonly number[]): Promise<Discussion[]> {
  return db.discussion.findMany({ where: { id: { in: [...ids] } } });
}

export function loadDiscussionsBySlug(db: PrismaClient, slugs: readonly string[]): Promise<Discussion[]> {
  return db.discussion.findMany({ where: { slug: { in: [...slugs] } } });
}

export function loadSourcesById(db: PrismaClient, ids: readonly number[]): Promise<Source[]> {
  return db.source.findMany({ where: { id: { in: [...ids] } } });
}

export function loadFootnotesById(db: PrismaClient, ids: readonly number[]): Promise<Footnote[]> {
  return db.footnote.findMany({ where: { id: { in: [...ids] }, post: { status: "PUBLISHED" } } });
}

export function loadCommentsById(db: PrismaClient, ids: readonly number[]): Promise<Comment[]> {
  return db.comment.findMany({ where: { id: { in: [...ids] }, status: "APPROVED", post: { status: "PUBLISHED" } } });
}

export function loadFootnotesByPost(db: PrismaClient, postIds: readonly number[]): Promise<Footnote[]> {
  return db.footnote.findMany({ where: { postId: { in: [...postIds] } }, orderBy: [{ postId: "asc" }, { number: "asc" }] });
}
