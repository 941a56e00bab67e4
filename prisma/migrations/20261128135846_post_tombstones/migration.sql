-- CreateTable
CREATE TABLE "PostTombstone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "discussionId" INTEGER,
    "removedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "PostTombstone_postId_key" ON "PostTombstone"("postId");

-- CreateIndex
CREATE INDEX "PostTombstone_removedAt_id_idx" ON "PostTombstone"("removedAt", "id");
