import { Prisma } from "../generated/prisma/client.js";
import type { Comment } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";
import type { RelationSpec } from "./pagination.js";
import { createCountLoader, createPageLoader } from "./relation-loaders.js";
import type { Visibility } from "./visibility.js";

const comments = Prisma.sql`"Comment" t`;

export function createCommentLoaders(db: PrismaClient, visibility: Visibility) {
  const topLevelByPost: RelationSpec = {
    from: comments,
    parent: Prisma.sql`t."postId"`,
    where: Prisma.sql`t."parentId" IS NULL AND ${visibility.commentUnderVisibleParent}`,
  };
  const allByPost: RelationSpec = { from: comments, parent: Prisma.sql`t."postId"`, where: visibility.comment };
  const repliesByComment: RelationSpec = {
    from: comments,
    parent: Prisma.sql`t."parentId"`,
    where: visibility.commentUnderVisibleParent,
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
  };
}
