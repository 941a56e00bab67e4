-- DropIndex
DROP INDEX "Post_slug_key";

-- AlterTable
ALTER TABLE "Footnote" ADD COLUMN     "citation" TEXT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "slugScope" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "corrections" TEXT NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboxEvent_createdAt_idx" ON "OutboxEvent"("createdAt");

-- CreateIndex
CREATE INDEX "Post_slug_idx" ON "Post"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_slugScope_key" ON "Post"("slug", "slugScope");

-- Data: a draft keeps its slug in the namespace of its author, and published posts share namespace 0.
UPDATE "Post" SET "slugScope" = "authorId" WHERE "status" = 'DRAFT';

-- Data: a post that was published and is now a draft was withdrawn, and its last change stands in for when.
UPDATE "Post" SET "withdrawnAt" = "updatedAt" WHERE "status" = 'DRAFT' AND "publishedAt" IS NOT NULL;

-- Footnote."citation" is left null here. The server fills it in on its first start by reading
-- each note again (backfillCitations), and recomputes every source from published notes only.
