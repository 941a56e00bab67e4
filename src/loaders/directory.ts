import { Prisma } from "../generated/prisma/client.js";
import type { Author, Discussion } from "../generated/prisma/client.js";
import type { PrismaClient } from "../db/client.js";
import { countRoot, loadRootPage, type PageRequest } from "./pagination.js";
import { authorsByName, newestDiscussionsFirst } from "./orders.js";
import { everyone } from "./visibility.js";

// The top-level lists of people and prompts.

export function createDirectoryLoaders(db: PrismaClient) {
  return {
    authorsPage: (request: PageRequest) => loadRootPage<Author>(db, Prisma.sql`"Author" t`, everyone, authorsByName, request),
    authorsCount: () => countRoot(db, Prisma.sql`"Author" t`, everyone),
    discussionsPage: (request: PageRequest) =>
      loadRootPage<Discussion>(db, Prisma.sql`"Discussion" t`, everyone, newestDiscussionsFirst, request),
    discussionsCount: () => countRoot(db, Prisma.sql`"Discussion" t`, everyone),
  };
}
