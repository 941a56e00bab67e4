import { Prisma } from "../generated/prisma/client.js";
import type { Comment } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";
import type { RelationSpec } from "./pagination.js";
import { createCountLoader, createPageLoader } from "./relation-loaders.js";
import { visibleComment, visibleCommentUnderVisibleParent } from "./visibility.js";

const comments = Prisma.sql`"Comment" t`;

const topLevelByPost: RelationSpec = {
  from: comments,
  parent: Prisma.sql`t."postId"`,
  where: Prisma.sql`t."parentId" IS NULL AND ${visibleCommentUnderVisibleParent}`,
};
const allByPost: RelationSpec = { from: comments, parent: Prisma.sql`t."postId"`, where: visibleComment };
const repliesByComment: RelationSpec = {
  from: comments,
  parent: Prisma.sql`t."parentId"`,
  where: visibleCommentUnderVisibleParent,
};
const byAuthor: RelationSpec = { from: comments, parent: Prisma.sql`t."authorId"`, where: visibleComment };

export function createCommentLoaders(db: PrismaClient) {
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
