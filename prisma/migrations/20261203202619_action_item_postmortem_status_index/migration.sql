-- DropIndex
DROP INDEX "ActionItem_postmortemId_idx";

-- CreateIndex
CREATE INDEX "ActionItem_postmortemId_status_idx" ON "ActionItem"("postmortemId", "status");

