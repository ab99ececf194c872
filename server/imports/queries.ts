import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import {
  PREVIEW_ERROR_LIMIT,
  PREVIEW_ROW_LIMIT,
  type ImportBatchView,
  type ImportInput,
  type ImportPreview,
} from "@/lib/schemas/imports";
import type { Actor } from "@/server/auth/actor";
import { requireEditable } from "@/server/postmortems/editable";
import { postmortemScope } from "@/server/postmortems/scope";
import { fileNameOf, parseForPostmortem, planImport } from "./prepare";

/**
 * What an import would do, without changing anything: the first rows, every
 * row error (capped), duplicates and the actors it would create. Only
 * writers of an editable postmortem may preview (it is the first step of a change).
 */
export async function previewImport(
  actor: Actor,
  postmortemId: string,
  input: ImportInput,
): Promise<ImportPreview> {
  const postmortem = await requireEditable(db, actor, postmortemId);
  const target = await db.postmortem.findUniqueOrThrow({
    where: { id: postmortem.id },
    select: { id: true, incidentTimeZone: true },
  });
  const { result, agentActorId } = await parseForPostmortem(db, target, input);
  const { planned, actors } = await planImport(db, target.id, result.rows, agentActorId);
  const duplicates = planned.filter((r) => r.duplicate);
  const inFileOrder = [...planned].sort((a, b) => a.row - b.row);
  return {
    source: input.source,
    fileName: fileNameOf(input),
    zone: target.incidentTimeZone,
    totalRows: result.totalRows,
    validRows: planned.length,
    importCount: planned.length - duplicates.length,
    duplicateCount: duplicates.length,
    errorCount: result.errors.length,
    warningCount: planned.reduce((n, r) => n + r.warnings.length, 0),
    skipped: Object.entries(result.skipped).map(([reason, count]) => ({ reason, count })),
    rows: inFileOrder.slice(0, PREVIEW_ROW_LIMIT).map((r) => ({
      row: r.row,
      label: r.label,
      occurredAt: r.occurredAt.toISOString(),
      actorName: r.actorName,
      type: r.type,
      description: r.description,
      links: r.links,
      warnings: r.warnings,
      duplicate: r.duplicate,
    })),
    errors: result.errors.slice(0, PREVIEW_ERROR_LIMIT),
    duplicates: duplicates.slice(0, PREVIEW_ERROR_LIMIT).map((r) => ({ row: r.row, label: r.label })),
    actorsToCreate: actors.toCreate,
    actorsMatched: actors.matched,
  };
}

/** Recent imports of a postmortem, newest first, for anyone who can read it. */
export async function listImports(actor: Actor, postmortemId: string, take = 20): Promise<ImportBatchView[]> {
  const postmortem = await db.postmortem.findFirst({
    where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
    select: {
      importBatches: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: {
          id: true,
          source: true,
          fileName: true,
          rowCount: true,
          duplicateCount: true,
          createdAt: true,
          undoneAt: true,
          createdBy: { select: { name: true } },
          _count: { select: { events: { where: { deletedAt: null } } } },
        },
      },
    },
  });
  if (!postmortem)
    throw new NotFoundError("Postmortem not found", {
      entityType: "Postmortem",
      entityId: postmortemId,
      action: "view",
    });
  return postmortem.importBatches.map((b) => ({
    id: b.id,
    source: b.source,
    fileName: b.fileName,
    rowCount: b.rowCount,
    duplicateCount: b.duplicateCount,
    createdBy: b.createdBy.name,
    createdAt: b.createdAt.toISOString(),
    undoneAt: b.undoneAt?.toISOString() ?? null,
    liveEvents: b._count.events,
  }));
}

/** The AI-agent actors a JSON-lines log can be attributed to. */
export async function listAgentActors(actor: Actor, postmortemId: string) {
  const postmortem = await db.postmortem.findFirst({
    where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
    select: {
      actors: {
        where: { kind: "AI_AGENT" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, model: true },
      },
    },
  });
  if (!postmortem)
    throw new NotFoundError("Postmortem not found", {
      entityType: "Postmortem",
      entityId: postmortemId,
      action: "view",
    });
  return postmortem.actors;
}
