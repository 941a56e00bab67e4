-- AlterTable
ALTER TABLE "Post" ADD COLUMN "scheduledAt" DATETIME;

-- CreateTable
CREATE TABLE "PostLegacyUrl" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    CONSTRAINT "PostLegacyUrl_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostTerm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER NOT NULL,
    "taxonomy" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "PostTerm_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PostLegacyUrl_path_key" ON "PostLegacyUrl"("path");

-- CreateIndex
CREATE INDEX "PostLegacyUrl_postId_idx" ON "PostLegacyUrl"("postId");

-- CreateIndex
CREATE UNIQUE INDEX "PostTerm_postId_taxonomy_slug_key" ON "PostTerm"("postId", "taxonomy", "slug");
