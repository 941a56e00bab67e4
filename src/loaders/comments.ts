import { Prisma } from "../generated/prisma/client.js";
import type { Comment } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";
import { countRoot, loadRootPage, type Embed, type Page, type PageRequest, type RelationSpec } from "./pagination.js";
import { oldestCommentsFirst } from "./orders.js";
import { createCountLoader, createPageLoader } from "./relation-loaders.js";
import type { Visibility } from "./visibility.js";

const comments = Prisma.sql`"Comment" t`;

export interface ModerationFilter {
  statuses: ("PENDING" | "APPROVED" | "REJECTED")[];
  postId?: number | null;
}

function moderationCondition(filter: ModerationFilter): Prisma.Sql {
  const statuses = filter.statuses.length ? Prisma.sql`t."status" IN (${Prisma.join(filter.statuses)})` : Prisma.sql`1 = 0`;
  return filter.postId == null ? statuses : Prisma.sql`${statuses} AND t."postId" = ${filter.postId}`;
}

/** `author`, if given: each listed comment's author, if registered, is read with it (pagination.ts, Embed). */
export function createCommentLoaders(db: PrismaClient, visibility: Visibility, author?: Embed) {
  const embeds = author ? [author] : undefined;
  const topLevelByPost: RelationSpec = {
    from: comments,
    parent: Prisma.sql`t."postId"`,
    where: Prisma.sql`t."parentId" IS NULL AND ${visibility.commentUnderVisibleParent}`,
    embeds,
  };
  const allByPost: RelationSpec = { from: comments, parent: Prisma.sql`t."postId"`, where: visibility.comment };
  const repliesByComment: RelationSpec = {
    from: comments,
    parent: Prisma.sql`t."parentId"`,
    where: visibility.commentUnderVisibleParent,
    embeds,
  };
  const byAuthor: RelationSpec = { from: comments, parent: Prisma.sql`t."authorId"`, where: visibility.comment };
  return {
    topLevelPageByPost: createPageLoader<Comment>(db, topLevelByPost),
    topLevelCountByPost: createCountLoader(db, topLevelByPost),
    /** Every visible comment on a post, replies included: `Post.commentCount`. */
    countByPost: createCountLoader(db, allByPost),
    repliesPageByComment: createPageLoader<Comment>(db, repliesByComment),
    repliesCountByComment: createCountLoader(db, repliesByComment),
    pageByAuthor: createPageLoader<Comment>(db, byAuthor),
    countByAuthor: createCountLoader(db, byAuthor),
    /** Comments by moderation status, oldest first, for editors (the schema declares who may ask). */
    moderationPage: (filter: ModerationFilter, request: PageRequest): Promise<Page<Comment>> =>
      loadRootPage(db, comments, moderationCondition(filter), oldestCommentsFirst, request, embeds),
    moderationCount: (filter: ModerationFilter): Promise<number> => countRoot(db, comments, moderationCondition(filter)),
  };
}
