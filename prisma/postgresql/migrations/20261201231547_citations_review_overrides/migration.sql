-- AlterTable
ALTER TABLE "Footnote" ADD COLUMN     "confidence" DOUBLE PRECISION,
ADD COLUMN     "needsReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reviewReason" TEXT,
ADD COLUMN     "style" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "authorRole" TEXT NOT NULL DEFAULT 'AUTHOR',
ADD COLUMN     "correctedAt" TIMESTAMP(3),
ADD COLUMN     "correctedById" INTEGER,
ADD COLUMN     "edition" TEXT,
ADD COLUMN     "editors" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "translators" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "SourceAlias" (
    "key" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "SourceAlias_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "FootnoteOverride" (
    "id" SERIAL NOT NULL,
    "postId" INTEGER NOT NULL,
    "textHash" TEXT NOT NULL,
    "sourceId" INTEGER,
    "editorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FootnoteOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceAlias_sourceId_idx" ON "SourceAlias"("sourceId");

-- CreateIndex
CREATE INDEX "FootnoteOverride_sourceId_idx" ON "FootnoteOverride"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "FootnoteOverride_postId_textHash_key" ON "FootnoteOverride"("postId", "textHash");

-- CreateIndex
CREATE INDEX "Footnote_needsReview_postId_idx" ON "Footnote"("needsReview", "postId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "Author"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceAlias" ADD CONSTRAINT "SourceAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FootnoteOverride" ADD CONSTRAINT "FootnoteOverride_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FootnoteOverride" ADD CONSTRAINT "FootnoteOverride_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FootnoteOverride" ADD CONSTRAINT "FootnoteOverride_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Author"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
