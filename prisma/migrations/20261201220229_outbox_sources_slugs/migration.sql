-- AlterTable
ALTER TABLE "Footnote" ADD COLUMN "citation" TEXT;

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "slugScope" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "authorId" INTEGER NOT NULL,
    "discussionId" INTEGER,
    "inResponseToId" INTEGER,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "withdrawnAt" DATETIME,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Post_discussionId_fkey" FOREIGN KEY ("discussionId") REFERENCES "Discussion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Post_inResponseToId_fkey" FOREIGN KEY ("inResponseToId") REFERENCES "Post" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorId", "body", "createdAt", "discussionId", "id", "inResponseToId", "publishedAt", "revision", "slug", "status", "title", "updatedAt") SELECT "authorId", "body", "createdAt", "discussionId", "id", "inResponseToId", "publishedAt", "revision", "slug", "status", "title", "updatedAt" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE INDEX "Post_slug_idx" ON "Post"("slug");
CREATE INDEX "Post_status_publishedAt_id_idx" ON "Post"("status", "publishedAt", "id");
CREATE INDEX "Post_status_updatedAt_id_idx" ON "Post"("status", "updatedAt", "id");
CREATE INDEX "Post_status_title_id_idx" ON "Post"("status", "title", "id");
CREATE INDEX "Post_authorId_status_publishedAt_id_idx" ON "Post"("authorId", "status", "publishedAt", "id");
CREATE INDEX "Post_discussionId_status_publishedAt_id_idx" ON "Post"("discussionId", "status", "publishedAt", "id");
CREATE INDEX "Post_inResponseToId_status_publishedAt_id_idx" ON "Post"("inResponseToId", "status", "publishedAt", "id");
CREATE UNIQUE INDEX "Post_slug_slugScope_key" ON "Post"("slug", "slugScope");
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authors" TEXT NOT NULL DEFAULT '[]',
    "title" TEXT NOT NULL,
    "container" TEXT,
    "volume" TEXT,
    "issue" TEXT,
    "publisher" TEXT,
    "place" TEXT,
    "year" INTEGER,
    "url" TEXT,
    "corrections" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Source" ("authors", "container", "createdAt", "id", "issue", "key", "kind", "place", "publisher", "title", "url", "volume", "year") SELECT "authors", "container", "createdAt", "id", "issue", "key", "kind", "place", "publisher", "title", "url", "volume", "year" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OutboxEvent_createdAt_idx" ON "OutboxEvent"("createdAt");

-- Data: a draft keeps its slug in the namespace of its author, and published posts share namespace 0.
UPDATE "Post" SET "slugScope" = "authorId" WHERE "status" = 'DRAFT';

-- Data: a post that was published and is now a draft was withdrawn, and its last change stands in for when.
UPDATE "Post" SET "withdrawnAt" = "updatedAt" WHERE "status" = 'DRAFT' AND "publishedAt" IS NOT NULL;

-- Footnote."citation" is left null here. The server fills it in on its first start by reading
-- each note again (backfillCitations), and recomputes every source from published notes only.
