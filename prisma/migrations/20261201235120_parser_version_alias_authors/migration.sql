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
    "parserVersion" INTEGER NOT NULL DEFAULT 0,
    "sourceId" INTEGER,
    "refersToId" INTEGER,
    CONSTRAINT "Footnote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Footnote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Footnote_refersToId_fkey" FOREIGN KEY ("refersToId") REFERENCES "Footnote" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Footnote" ("citation", "confidence", "id", "kind", "needsReview", "number", "pages", "postId", "refersToId", "reviewReason", "sourceId", "style", "text") SELECT "citation", "confidence", "id", "kind", "needsReview", "number", "pages", "postId", "refersToId", "reviewReason", "sourceId", "style", "text" FROM "Footnote";
DROP TABLE "Footnote";
ALTER TABLE "new_Footnote" RENAME TO "Footnote";
CREATE INDEX "Footnote_sourceId_postId_idx" ON "Footnote"("sourceId", "postId");
CREATE INDEX "Footnote_refersToId_idx" ON "Footnote"("refersToId");
CREATE INDEX "Footnote_needsReview_postId_idx" ON "Footnote"("needsReview", "postId");
CREATE INDEX "Footnote_parserVersion_idx" ON "Footnote"("parserVersion");
CREATE UNIQUE INDEX "Footnote_postId_number_key" ON "Footnote"("postId", "number");
CREATE TABLE "new_SourceAlias" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "authors" TEXT NOT NULL DEFAULT '[]',
    "sourceId" INTEGER NOT NULL,
    CONSTRAINT "SourceAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SourceAlias" ("key", "sourceId") SELECT "key", "sourceId" FROM "SourceAlias";
DROP TABLE "SourceAlias";
ALTER TABLE "new_SourceAlias" RENAME TO "SourceAlias";
CREATE INDEX "SourceAlias_sourceId_idx" ON "SourceAlias"("sourceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
