import { Prisma } from "../generated/prisma/client.js";

// What an anonymous reader may see. Every loader filters through these, so a
// draft or an unapproved comment cannot surface through any relation.

export const publishedPost = Prisma.sql`t."status" = 'PUBLISHED'`;
export const approvedComment = Prisma.sql`t."status" = 'APPROVED'`;
/** The comment's post is published too. */
export const commentOnPublishedPost = Prisma.sql`t."status" = 'APPROVED' AND EXISTS (
  SELECT 1 FROM "Post" p WHERE p."id" = t."postId" AND p."status" = 'PUBLISHED')`;
