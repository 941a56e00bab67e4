-- AlterTable
ALTER TABLE "Footnote" ADD COLUMN     "parserVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SourceAlias" ADD COLUMN     "authors" TEXT NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE INDEX "Footnote_parserVersion_idx" ON "Footnote"("parserVersion");
