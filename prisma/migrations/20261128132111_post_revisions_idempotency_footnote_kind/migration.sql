-- CreateTable
CREATE TABLE "PostRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "editorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "changed" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Footnote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL DEFAULT 'NOTE',
    "postId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "pages" TEXT,
    "sourceId" INTEGER,
    "refersToId" INTEGER,
    CONSTRAINT "Footnote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Footnote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Footnote_refersToId_fkey" FOREIGN KEY ("refersToId") REFERENCES "Footnote" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Footnote" ("id", "number", "pages", "postId", "refersToId", "sourceId", "text") SELECT "id", "number", "pages", "postId", "refersToId", "sourceId", "text" FROM "Footnote";
DROP TABLE "Footnote";
ALTER TABLE "new_Footnote" RENAME TO "Footnote";
CREATE INDEX "Footnote_sourceId_postId_idx" ON "Footnote"("sourceId", "postId");
CREATE INDEX "Footnote_refersToId_idx" ON "Footnote"("refersToId");
CREATE UNIQUE INDEX "Footnote_postId_number_key" ON "Footnote"("postId", "number");
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
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
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Post_discussionId_fkey" FOREIGN KEY ("discussionId") REFERENCES "Discussion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Post_inResponseToId_fkey" FOREIGN KEY ("inResponseToId") REFERENCES "Post" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorId", "body", "createdAt", "discussionId", "id", "inResponseToId", "publishedAt", "slug", "status", "title", "updatedAt") SELECT "authorId", "body", "createdAt", "discussionId", "id", "inResponseToId", "publishedAt", "slug", "status", "title", "updatedAt" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");
CREATE INDEX "Post_status_publishedAt_id_idx" ON "Post"("status", "publishedAt", "id");
CREATE INDEX "Post_status_updatedAt_id_idx" ON "Post"("status", "updatedAt", "id");
CREATE INDEX "Post_status_title_id_idx" ON "Post"("status", "title", "id");
CREATE INDEX "Post_authorId_status_publishedAt_id_idx" ON "Post"("authorId", "status", "publishedAt", "id");
CREATE INDEX "Post_discussionId_status_publishedAt_id_idx" ON "Post"("discussionId", "status", "publishedAt", "id");
CREATE INDEX "Post_inResponseToId_status_publishedAt_id_idx" ON "Post"("inResponseToId", "status", "publishedAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PostRevision_editorId_idx" ON "PostRevision"("editorId");

-- CreateIndex
CREATE UNIQUE INDEX "PostRevision_postId_revision_key" ON "PostRevision"("postId", "revision");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_scope_operation_key_key" ON "IdempotencyKey"("scope", "operation", "key");
