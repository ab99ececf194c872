import "server-only";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statusLabels } from "@/lib/schemas/postmortems";
import {
  revisionSnapshotSchema,
  type ChangeStatusInput,
  type RevisionSnapshot,
} from "@/lib/schemas/workflow";
import { roleIn, type Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { idempotentTransaction } from "@/server/idempotency";
import { hasAuthored } from "@/server/postmortems/workflow/authorship";
import { requireEditable } from "@/server/postmortems/editable";
import { recountFlags } from "@/server/postmortems/flags/mutations";
import { recordRevision } from "@/server/postmortems/workflow/revisions";
import { postmortemScope, requireVisiblePostmortem } from "@/server/postmortems/scope";
import { checkTransition, isCorrection } from "@/server/postmortems/workflow/policy";

/**
 * Moves a postmortem along the status workflow. The move must exist and be
 * allowed for the actor (policy.ts); it only applies when the status
 * is still `expectedStatus`, so two people acting on the same page cannot both
 * succeed. Records a revision and an audit event in the same transaction.
 */
export async function changeStatus(
  actor: Actor,
  postmortemId: string,
  input: ChangeStatusInput,
  idempotencyKey: string | null = null,
) {
  const reason = input.reason?.trim() || undefined;
  // A retry of the same submit (its answer was lost) answers like the first,
  // instead of "the status changed meanwhile" about the user's own change.
  const request = { key: idempotencyKey, action: `postmortem.status:${postmortemId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    const pm = await tx.postmortem.findFirst({
      where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
      select: { id: true, teamId: true, status: true, ownerId: true },
    });
    if (!pm)
      throw new NotFoundError("Postmortem not found", {
        entityType: "Postmortem",
        entityId: postmortemId,
        action: "change status",
      });
    if (pm.status !== input.expectedStatus) throw statusChanged(pm.status);
    const who = {
      role: roleIn(actor, pm.teamId),
      isOwner: pm.ownerId === actor.userId,
      isAuthor: await hasAuthored(tx, pm.id, actor.userId),
    };

    const check = checkTransition(input.expectedStatus, input.to, who, reason);
    if (!check.ok) {
      if (check.problem === "reason-required") {
        throw new RuleError("Say what needs correcting: the reason is recorded in the history.", "reason");
      }
      if (check.problem === "no-such-transition") {
        throw new RuleError(
          `A postmortem cannot move from ${statusLabels[input.expectedStatus]} to ${statusLabels[input.to]}.`,
        );
      }
      throw new ForbiddenError(forbiddenMessage(input.to), {
        entityType: "Postmortem",
        entityId: postmortemId,
        action: "change status",
      });
    }

    const now = new Date();
    const updated = await tx.postmortem.updateMany({
      where: { id: pm.id, status: input.expectedStatus },
      data: {
        status: input.to,
        ...(input.to === "PUBLISHED" && { publishedAt: now }),
        ...(input.expectedStatus === "PUBLISHED" && { publishedAt: null }),
      },
    });
    if (updated.count !== 1) throw statusChanged();

    const correction = isCorrection(input.expectedStatus, input.to);
    const revision = await recordRevision(tx, {
      postmortemId: pm.id,
      authorId: actor.userId,
      reason: correction ? "CORRECTION" : "STATUS_CHANGE",
      note: correction
        ? (reason ?? "")
        : `${statusLabels[input.expectedStatus]} → ${statusLabels[input.to]}${reason ? `: ${reason}` : ""}`,
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId: pm.id,
      entityType: "Postmortem",
      entityId: pm.id,
      action: correction ? "postmortem.reopened" : "postmortem.status_changed",
      before: { status: input.expectedStatus },
      after: { status: input.to, reason: reason ?? null, revision: revision.number },
    });
    return { status: input.to, revisionNumber: revision.number };
  });
}

function statusChanged(current?: string) {
  return new ConflictError(
    current
      ? `The status changed meanwhile (it is now ${statusLabels[current as keyof typeof statusLabels] ?? current}). Reload to see the latest.`
      : "The status changed meanwhile. Reload to see the latest.",
  );
}

function forbiddenMessage(to: string): string {
  if (to === "APPROVED" || to === "CHANGES_REQUESTED") {
    return "Only a reviewer, manager or admin of the team who neither owns nor wrote any of this postmortem can review it.";
  }
  return "Only the owner, or a manager of the team, can make this change.";
}

/** The history panel: every revision, newest first. */
export async function listRevisions(actor: Actor, postmortemId: string) {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  return db.revision.findMany({
    where: { postmortemId: pm.id },
    select: {
      id: true,
      number: true,
      reason: true,
      note: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
    },
    orderBy: { number: "desc" },
  });
}

/** Two revisions with their snapshots, for a diff. Either missing → NotFoundError. */
export async function getRevisionPair(
  actor: Actor,
  postmortemId: string,
  fromNumber: number,
  toNumber: number,
) {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  const rows = await db.revision.findMany({
    where: { postmortemId: pm.id, number: { in: [fromNumber, toNumber] } },
    select: {
      number: true,
      reason: true,
      note: true,
      createdAt: true,
      snapshot: true,
      author: { select: { name: true } },
    },
  });
  const pick = (n: number) => {
    const row = rows.find((r) => r.number === n);
    if (!row) throw new NotFoundError(`Revision ${n} not found`);
    return { ...row, snapshot: parseSnapshot(row.snapshot) };
  };
  return { from: pick(fromNumber), to: pick(toNumber) };
}

function parseSnapshot(value: unknown): RevisionSnapshot {
  const parsed = revisionSnapshotSchema.safeParse(value);
  // A snapshot we cannot read is a bug, not the user's problem: fail loudly.
  if (!parsed.success) throw new Error(`Unreadable revision snapshot: ${parsed.error.message}`);
  return parsed.data;
}

const dateOrNull = (v: string | null | undefined) => (v ? new Date(v) : null);

/** The header fields a snapshot holds, as a Prisma update (fields it lacks stay as they are). */
function headerUpdate(s: RevisionSnapshot): Prisma.PostmortemUpdateManyMutationInput {
  const data: Prisma.PostmortemUpdateManyMutationInput = { title: s.title };
  if (s.summary !== undefined) data.summary = s.summary;
  if (s.severity !== undefined) data.severity = s.severity;
  if (s.incidentTimeZone !== undefined) data.incidentTimeZone = s.incidentTimeZone;
  for (const key of ["startedAt", "detectedAt", "acknowledgedAt", "mitigatedAt", "resolvedAt"] as const) {
    if (s[key] !== undefined) data[key] = dateOrNull(s[key]);
  }
  for (const key of [
    "customersAffected",
    "usersAffected",
    "impactDurationMinutes",
    "supportTickets",
  ] as const) {
    if (s[key] !== undefined) data[key] = s[key];
  }
  if (s.revenueImpactMinor !== undefined) {
    data.revenueImpactMinor = s.revenueImpactMinor === null ? null : BigInt(s.revenueImpactMinor);
  }
  if (s.impactCurrency !== undefined) data.impactCurrency = s.impactCurrency;
  if (s.sloImpact !== undefined) data.sloImpact = s.sloImpact;
  if (s.impactNotes !== undefined) data.impactNotes = s.impactNotes;
  return data;
}

/**
 * Writes an old revision's content back as the current content and records
 * that as a new RESTORE revision (history is never rewritten). Needs an
 * editable postmortem. Sections are matched by key; versions are bumped so
 * anyone editing the older text gets a conflict instead of overwriting it.
 */
export async function restoreRevision(
  actor: Actor,
  postmortemId: string,
  revisionNumber: number,
  idempotencyKey: string | null = null,
) {
  // A retried restore returns the first one's revision instead of restoring twice.
  const request = { key: idempotencyKey, action: `postmortem.restore:${postmortemId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const source = await tx.revision.findUnique({
      where: { postmortemId_number: { postmortemId: pm.id, number: revisionNumber } },
      select: { number: true, snapshot: true },
    });
    if (!source) throw new NotFoundError(`Revision ${revisionNumber} not found`);
    const snapshot = parseSnapshot(source.snapshot);

    // Guard against a concurrent edit of the header between load and write.
    const updated = await tx.postmortem.updateMany({
      where: { id: pm.id, version: pm.version },
      data: { ...headerUpdate(snapshot), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError("Someone changed this postmortem meanwhile. Try again.");

    const current = await tx.section.findMany({
      where: { postmortemId: pm.id },
      select: { id: true, key: true },
    });
    const wanted = new Set(snapshot.sections.map((s) => s.key));
    const removed = current.filter((s) => !wanted.has(s.key));
    if (removed.length > 0) {
      await tx.section.deleteMany({ where: { id: { in: removed.map((s) => s.id) } } });
    }
    for (const [position, s] of snapshot.sections.entries()) {
      const content = {
        position,
        title: s.title,
        body: s.body,
        ...(s.helpText !== undefined && { helpText: s.helpText }),
        ...(s.guidingQuestions !== undefined && { guidingQuestions: s.guidingQuestions }),
        updatedById: actor.userId,
      };
      const existing = current.find((c) => c.key === s.key);
      if (existing) {
        await tx.section.update({
          where: { id: existing.id },
          data: { ...content, version: { increment: 1 } },
        });
      } else {
        await tx.section.create({ data: { ...content, postmortemId: pm.id, key: s.key } });
      }
    }

    await recountFlags(tx, pm.id);
    const revision = await recordRevision(tx, {
      postmortemId: pm.id,
      authorId: actor.userId,
      reason: "RESTORE",
      note: `Restored revision ${source.number}`,
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId: pm.id,
      entityType: "Postmortem",
      entityId: pm.id,
      action: "postmortem.revision_restored",
      before: { version: pm.version },
      after: {
        version: pm.version + 1,
        restoredRevision: source.number,
        revision: revision.number,
        sectionsRemoved: removed.map((s) => s.key),
      },
    });
    return { revisionNumber: revision.number };
  });
}
