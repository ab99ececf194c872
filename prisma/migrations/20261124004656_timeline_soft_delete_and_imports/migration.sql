-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "duplicateCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEvent_postmortemId_milestone_key" ON "TimelineEvent"("postmortemId", "milestone");

