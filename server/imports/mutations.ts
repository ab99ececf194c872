import "server-only";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import type { ImportInput, ImportProgress, ImportResult } from "@/lib/schemas/imports";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { idempotentTransaction } from "@/server/idempotency";
import { afterContentChange } from "@/server/postmortems/after-change";
import { requireEditable } from "@/server/postmortems/editable";
import { insertEvents } from "./insert-events";
import { fileNameOf, parseForPostmortem, planImport } from "./prepare";

/** Rows per INSERT: small enough for frequent progress, large enough to be fast. */
export const INSERT_CHUNK = 500;
// 10,000 rows take a few seconds; leave room on a busy machine.
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 15_000 };

type Progress = (progress: Extract<ImportProgress, { phase: "checking" | "inserting" }>) => void;

/**
 * Imports the valid, non-duplicate rows as timeline events, all or nothing:
 * the batch, the new actors, the events (in chunks, reporting progress) and
 * the audit event in one transaction. Rows with errors are left out (the
 * preview listed them); duplicates are skipped and counted.
 */
export async function confirmImport(
  actor: Actor,
  postmortemId: string,
  input: ImportInput,
  onProgress: Progress = () => {},
  idempotencyKey?: string | null,
): Promise<ImportResult> {
  // A retry of the same confirm (its answer lost) returns the first result.
  const request = { key: idempotencyKey, action: `timeline.import:${postmortemId}` };
  return idempotentTransaction(
    actor.userId,
    request,
    async (tx) => {
      const postmortem = await requireEditable(tx, actor, postmortemId);
      const target = await tx.postmortem.findUniqueOrThrow({
        where: { id: postmortem.id },
        select: { id: true, incidentTimeZone: true },
      });
      const { result, agentActorId } = await parseForPostmortem(tx, target, input);
      onProgress({ phase: "checking", done: 0, total: result.rows.length });
      const { planned, actors } = await planImport(tx, target.id, result.rows, agentActorId);
      const rows = planned.filter((r) => !r.duplicate);
      const duplicates = planned.length - rows.length;
      if (rows.length === 0)
        throw new RuleError(
          planned.length > 0
            ? "Nothing to import: every valid row is already on the timeline."
            : "Nothing to import: no row of the file is valid. Fix the errors listed and preview again.",
          "file",
        );
      const fileName = fileNameOf(input).slice(0, 255);
      const batch = await tx.importBatch.create({
        data: {
          postmortemId: target.id,
          source: input.source,
          fileName,
          rowCount: rows.length,
          duplicateCount: duplicates,
          createdById: actor.userId,
        },
        select: { id: true },
      });

      const actorIds = new Map<string, string>();
      for (const [key, a] of actors.existing) actorIds.set(key, a.id);
      let createdActorIds: string[] = [];
      if (actors.toCreate.length > 0) {
        const created = await tx.actor.createManyAndReturn({
          data: actors.toCreate.map((a) => ({
            postmortemId: target.id,
            kind: a.kind,
            name: a.name,
            description: `Added by the import of ${fileName}.`,
          })),
          select: { id: true, name: true },
        });
        createdActorIds = created.map((a) => a.id);
        for (const a of created) actorIds.set(a.name.toLowerCase(), a.id);
      }

      onProgress({ phase: "inserting", done: 0, total: rows.length });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const chunk = rows.slice(i, i + INSERT_CHUNK);
        await insertEvents(
          tx,
          { postmortemId: target.id, importBatchId: batch.id, createdById: actor.userId },
          chunk.map((r) => ({
            occurredAt: r.occurredAt,
            type: r.type,
            description: r.description,
            actorId: r.actorName ? (actorIds.get(r.actorName.toLowerCase()) ?? null) : null,
            links: r.links,
            sourceHash: r.hash,
          })),
        );
        onProgress({ phase: "inserting", done: Math.min(i + INSERT_CHUNK, rows.length), total: rows.length });
      }

      await writeAudit(tx, {
        actorUserId: actor.userId,
        entityType: "ImportBatch",
        entityId: batch.id,
        action: "timeline.imported",
        teamId: postmortem.teamId,
        postmortemId: target.id,
        after: {
          source: input.source,
          fileName,
          imported: rows.length,
          duplicates,
          errors: result.errors.length,
          // Read back by undoImport: the actors this import created.
          createdActorIds,
        },
      });
      await afterContentChange(tx, target.id, actor.userId);
      return {
        batchId: batch.id,
        imported: rows.length,
        duplicates,
        errors: result.errors.length,
        actorsCreated: createdActorIds.length,
      };
    },
    TRANSACTION_OPTIONS,
  );
}

/**
 * Undoes a whole import: its events leave the timeline (soft delete, like a
 * deleted event) and the actors it created go too when nothing else refers
 * to them and nobody edited them. A second undo is refused.
 */
export async function undoImport(actor: Actor, postmortemId: string, batchId: string) {
  return db.$transaction(async (tx) => {
    const postmortem = await requireEditable(tx, actor, postmortemId);
    const batch = await tx.importBatch.findFirst({
      where: { id: batchId, postmortemId: postmortem.id },
      select: { id: true, fileName: true, undoneAt: true },
    });
    if (!batch) throw new RuleError("That import does not exist on this postmortem.");
    const now = new Date();
    // Conditional on undoneAt, so two undos at once cannot both run.
    const claimed = await tx.importBatch.updateMany({
      where: { id: batch.id, undoneAt: null },
      data: { undoneAt: now },
    });
    if (claimed.count === 0) throw new RuleError("This import has already been undone.");
    // A deleted event cannot keep a milestone (one per postmortem); the
    // version bump turns an edit still open in another tab into a conflict.
    const removed = await tx.timelineEvent.updateMany({
      where: { importBatchId: batch.id, deletedAt: null },
      data: { deletedAt: now, milestone: null, pinned: false, version: { increment: 1 } },
    });

    const audit = await tx.auditEvent.findFirst({
      where: { entityType: "ImportBatch", entityId: batch.id, action: "timeline.imported" },
      select: { after: true },
    });
    const created = ((audit?.after as { createdActorIds?: unknown } | null)?.createdActorIds ??
      []) as unknown[];
    const createdIds = created.filter((id): id is string => typeof id === "string");
    let actorsRemoved = 0;
    if (createdIds.length > 0) {
      const deleted = await tx.actor.deleteMany({
        where: {
          id: { in: createdIds },
          postmortemId: postmortem.id,
          version: 1,
          events: { none: { deletedAt: null } },
          claims: { none: {} },
        },
      });
      actorsRemoved = deleted.count;
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      entityType: "ImportBatch",
      entityId: batch.id,
      action: "timeline.import_undone",
      teamId: postmortem.teamId,
      postmortemId: postmortem.id,
      after: { fileName: batch.fileName, eventsRemoved: removed.count, actorsRemoved },
    });
    await afterContentChange(tx, postmortem.id, actor.userId);
    return { eventsRemoved: removed.count, actorsRemoved };
  });
}
