-- AlterTable
ALTER TABLE "Postmortem" ADD COLUMN     "openFlagCount" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Postmortem_teamId_openFlagCount_idx" ON "Postmortem"("teamId", "openFlagCount");

