-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "scheduledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PostLegacyUrl" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "PostLegacyUrl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostTerm" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "taxonomy" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PostTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PostLegacyUrl_path_key" ON "PostLegacyUrl"("path");

-- CreateIndex
CREATE INDEX "PostLegacyUrl_postId_idx" ON "PostLegacyUrl"("postId");

-- CreateIndex
CREATE UNIQUE INDEX "PostTerm_postId_taxonomy_slug_key" ON "PostTerm"("postId", "taxonomy", "slug");

-- AddForeignKey
ALTER TABLE "PostLegacyUrl" ADD CONSTRAINT "PostLegacyUrl_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostTerm" ADD CONSTRAINT "PostTerm_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
