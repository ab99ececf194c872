-- DropIndex
DROP INDEX "Postmortem_teamId_updatedAt_id_idx";

-- DropIndex
DROP INDEX "Postmortem_teamId_status_updatedAt_idx";

-- DropIndex
DROP INDEX "Postmortem_teamId_severity_idx";

-- DropIndex
DROP INDEX "ActionItem_postmortemId_idx";

-- CreateIndex
CREATE INDEX "Postmortem_teamId_updatedAt_id_idx" ON "Postmortem"("teamId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Postmortem_teamId_status_updatedAt_id_idx" ON "Postmortem"("teamId", "status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Postmortem_teamId_severity_updatedAt_id_idx" ON "Postmortem"("teamId", "severity", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ActionItem_postmortemId_status_idx" ON "ActionItem"("postmortemId", "status");

-- CreateIndex
CREATE INDEX "ActionItem_dueDate_id_idx" ON "ActionItem"("dueDate", "id");

