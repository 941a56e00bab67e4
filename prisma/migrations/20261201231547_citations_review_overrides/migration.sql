-- CreateTable
CREATE TABLE "SourceAlias" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "SourceAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FootnoteOverride" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER NOT NULL,
    "textHash" TEXT NOT NULL,
    "sourceId" INTEGER,
    "editorId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FootnoteOverride_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FootnoteOverride_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FootnoteOverride_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
    "citation" TEXT,
    "style" TEXT,
    "confidence" REAL,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "reviewReason" TEXT,
    "sourceId" INTEGER,
    "refersToId" INTEGER,
    CONSTRAINT "Footnote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Footnote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Footnote_refersToId_fkey" FOREIGN KEY ("refersToId") REFERENCES "Footnote" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Footnote" ("citation", "id", "kind", "number", "pages", "postId", "refersToId", "sourceId", "text") SELECT "citation", "id", "kind", "number", "pages", "postId", "refersToId", "sourceId", "text" FROM "Footnote";
DROP TABLE "Footnote";
ALTER TABLE "new_Footnote" RENAME TO "Footnote";
CREATE INDEX "Footnote_sourceId_postId_idx" ON "Footnote"("sourceId", "postId");
CREATE INDEX "Footnote_refersToId_idx" ON "Footnote"("refersToId");
CREATE INDEX "Footnote_needsReview_postId_idx" ON "Footnote"("needsReview", "postId");
CREATE UNIQUE INDEX "Footnote_postId_number_key" ON "Footnote"("postId", "number");
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
    "authorRole" TEXT NOT NULL DEFAULT 'AUTHOR',
    "editors" TEXT NOT NULL DEFAULT '[]',
    "translators" TEXT NOT NULL DEFAULT '[]',
    "edition" TEXT,
    "corrections" TEXT NOT NULL DEFAULT '{}',
    "correctedById" INTEGER,
    "correctedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "Author" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("authors", "container", "corrections", "createdAt", "id", "issue", "key", "kind", "place", "publisher", "title", "url", "volume", "year") SELECT "authors", "container", "corrections", "createdAt", "id", "issue", "key", "kind", "place", "publisher", "title", "url", "volume", "year" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SourceAlias_sourceId_idx" ON "SourceAlias"("sourceId");

-- CreateIndex
CREATE INDEX "FootnoteOverride_sourceId_idx" ON "FootnoteOverride"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "FootnoteOverride_postId_textHash_key" ON "FootnoteOverride"("postId", "textHash");
