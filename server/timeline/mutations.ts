import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { ConflictError, isUniqueViolation, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  checkMilestoneOrder,
  milestoneKeys,
  milestoneLabels,
  type MilestoneKey,
  type Milestones,
} from "@/lib/milestones";
import type {
  EventChange,
  EventFields,
  EventFlagsInput,
  SetMilestoneInput,
  UpdateEventInput,
} from "@/lib/schemas/timeline";
import { parseLocalDateTime } from "@/lib/time";
import { milestoneField, type EventMilestone, type TimelineEventView } from "@/lib/timeline/types";
import type { Actor } from "@/server/auth/actor";
import { writeAudit, type AuditEntry } from "@/server/audit";
import { afterContentChange } from "@/server/postmortems/after-change";
import { idempotentTransaction } from "@/server/idempotency";
import { requireEditable } from "@/server/postmortems/editable";
import { detachStaleMarkers } from "./markers";
import { eventViewSelect, milestonesSelect, toEventView, toMilestoneTimes } from "./queries";

type Tx = DbTransaction;

/** A stale event save: nothing was written; `theirs` is the event as stored now (null when deleted). */
export class EventConflictError extends ConflictError {
  constructor(readonly theirs: TimelineEventView | null) {
    super(
      theirs
        ? "Someone else changed this event in the meantime. Compare both versions and choose what to keep."
        : "Someone else deleted this event in the meantime.",
    );
    this.name = "EventConflictError";
  }
}

/** The actor must be one of this postmortem's actors (an id from elsewhere is refused). */
async function checkActor(tx: Tx, postmortemId: string, actorId: string | null) {
  if (!actorId) return;
  const found = await tx.actor.findFirst({ where: { id: actorId, postmortemId }, select: { id: true } });
  if (!found) throw new RuleError("Choose one of this postmortem's actors.", "actorId");
}

function eventData(fields: EventFields) {
  return {
    occurredAt: fields.occurredAt,
    endedAt: fields.endedAt,
    type: fields.type,
    actorId: fields.actorId,
    description: fields.description,
    knownAtTheTime: fields.knownAtTheTime,
    evidenceLinks: fields.evidenceLinks.map((l) =>
      l.label ? { url: l.url, label: l.label } : { url: l.url },
    ),
    milestone: fields.milestone,
    isDecisionPoint: fields.isDecisionPoint,
    decisionKnown: fields.decision.known,
    decisionBelieved: fields.decision.believed,
    decisionGoal: fields.decision.goal,
    decisionPressures: fields.decision.pressures,
    decisionOptions: fields.decision.options,
    decisionRationale: fields.decision.rationale,
    resourcesTouched: fields.blastRadius.resourcesTouched,
    environment: fields.blastRadius.environment,
    crossedEnvironment: fields.blastRadius.crossedEnvironment,
    reversibility: fields.blastRadius.reversibility,
  } satisfies Prisma.TimelineEventUncheckedUpdateInput;
}

/** The event's fields as a save sends them, for comparing a stored event with a save. */
function fieldsOf(v: TimelineEventView): EventFields {
  return {
    occurredAt: new Date(v.occurredAt),
    endedAt: v.endedAt ? new Date(v.endedAt) : null,
    type: v.type,
    actorId: v.actorId,
    description: v.description,
    knownAtTheTime: v.knownAtTheTime,
    evidenceLinks: v.evidenceLinks.map((l) => ({ url: l.url, label: l.label })),
    milestone: v.milestone,
    isDecisionPoint: v.isDecisionPoint,
    decision: v.decision,
    blastRadius: v.blastRadius,
  };
}

/** True when saving `fields` would store exactly what the event holds now. */
function sameContent(stored: TimelineEventView, fields: EventFields): boolean {
  const content = (f: EventFields) => JSON.stringify({ ...eventData(f), milestone: f.milestone });
  return content(fieldsOf(stored)) === content(fields);
}

async function loadEvent(tx: Tx, postmortemId: string, eventId: string, options: { deleted: boolean }) {
  const row = await tx.timelineEvent.findFirst({
    where: { id: eventId, postmortemId, deletedAt: options.deleted ? { not: null } : null },
    select: eventViewSelect,
  });
  if (!row) throw new NotFoundError("Event not found");
  return row;
}

/**
 * Makes `eventId` the one event marking `milestone` (clearing the marker on
 * any other event, deleted ones included: the unique index counts them too)
 * and moves the postmortem's milestone to `at`. Returns the events whose
 * marker was taken away.
 */
async function claimMilestone(tx: Tx, postmortemId: string, eventId: string, milestone: EventMilestone) {
  const others = await tx.timelineEvent.findMany({
    where: { postmortemId, milestone, id: { not: eventId } },
    select: { id: true, deletedAt: true },
  });
  if (others.length === 0) return [];
  await tx.timelineEvent.updateMany({
    where: { id: { in: others.map((o) => o.id) } },
    data: { milestone: null, version: { increment: 1 } },
  });
  return others.filter((o) => !o.deletedAt).map((o) => o.id);
}

/**
 * Writes milestone changes to the postmortem after checking the order rule
 * on the result; a violation is a RuleError on `field` and the caller's
 * transaction rolls back.
 */
async function applyMilestones(
  tx: Tx,
  postmortemId: string,
  changes: Partial<Record<MilestoneKey, Date | null>>,
  field: string,
) {
  const current = await tx.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    select: milestonesSelect,
  });
  const next: Milestones = { ...current, ...changes };
  const changedKeys = Object.keys(changes) as MilestoneKey[];
  // Only problems this change introduces (older data may already be out of order).
  const existing = new Set(checkMilestoneOrder(current).map((i) => i.field));
  const issue = checkMilestoneOrder(next).find(
    (i) => changedKeys.includes(i.field) || !existing.has(i.field),
  );
  if (issue) throw new RuleError(orderMessage(issue.field, next, changedKeys), field);
  if (changedKeys.some((k) => (current[k]?.getTime() ?? null) !== (changes[k]?.getTime() ?? null)))
    await tx.postmortem.update({ where: { id: postmortemId }, data: changes });
  return { before: current, after: next as Record<MilestoneKey, Date | null> };
}

/** Names the milestone that was changed even when the rule trips on a neighbour. */
function orderMessage(field: MilestoneKey, next: Milestones, changed: MilestoneKey[]) {
  const issue = checkMilestoneOrder(next).find((i) => i.field === field);
  const changedKey = changed.find((k) => next[k]);
  if (changedKey && changedKey !== field) {
    const at = next[changedKey];
    const label = milestoneLabels[changedKey];
    if (at && milestoneKeys.indexOf(changedKey) < milestoneKeys.indexOf(field))
      return `${label} cannot be after ${milestoneLabels[field].toLowerCase()}.`;
    if (at) return `${label} cannot be before ${milestoneLabels[field].toLowerCase()}.`;
  }
  return issue?.message ?? "The milestones are out of order.";
}

async function withTimeline<T>(
  work: (tx: Tx) => Promise<T>,
  run: (work: (tx: Tx) => Promise<T>) => Promise<T> = (w) => db.$transaction(w),
): Promise<T> {
  try {
    return await run(work);
  } catch (error) {
    // Two people marking the same milestone at the same moment.
    if (isUniqueViolation(error))
      throw new ConflictError(
        "Someone else just marked that milestone on another event. Reload and try again.",
      );
    throw error;
  }
}

async function viewsOf(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await tx.timelineEvent.findMany({ where: { id: { in: ids } }, select: eventViewSelect });
  return rows.map(toEventView);
}

/** Audits a content change to one event and runs the postmortem's after-change work. */
async function recordEventChange(
  tx: Tx,
  actor: Actor,
  pm: { id: string; teamId: string },
  change: Pick<AuditEntry, "entityId" | "action" | "before" | "after">,
) {
  await writeAudit(tx, {
    actorUserId: actor.userId,
    teamId: pm.teamId,
    postmortemId: pm.id,
    entityType: "TimelineEvent",
    ...change,
  });
  await afterContentChange(tx, pm.id, actor.userId);
}

async function finish(tx: Tx, postmortemId: string, eventId: string, changedIds: string[], notice?: string) {
  // One at a time: a transaction is one connection, which runs one query at a
  // time (parallel queries on it are deprecated in pg 8 and rejected in pg 9).
  const row = await tx.timelineEvent.findUniqueOrThrow({ where: { id: eventId }, select: eventViewSelect });
  const pm = await tx.postmortem.findUniqueOrThrow({ where: { id: postmortemId }, select: milestonesSelect });
  const changed = await viewsOf(tx, changedIds);
  return { event: toEventView(row), changed, milestones: toMilestoneTimes(pm), notice } satisfies EventChange;
}

// ------------------------------------------------------------------ events

/**
 * Adds an event (no shared counters: two people adding at once both land).
 * With an idempotency key, a retry of the same attempt returns the first
 * result instead of adding the event again.
 */
export async function createEvent(
  actor: Actor,
  postmortemId: string,
  fields: EventFields,
  idempotencyKey?: string | null,
): Promise<EventChange> {
  const request = { key: idempotencyKey, action: `timeline_event.create:${postmortemId}` };
  return withTimeline<EventChange>(
    async (tx) => {
      const pm = await requireEditable(tx, actor, postmortemId);
      await checkActor(tx, postmortemId, fields.actorId);
      const created = await tx.timelineEvent.create({
        data: { ...eventData({ ...fields, milestone: null }), postmortemId, createdById: actor.userId },
        select: { id: true },
      });
      let changedIds: string[] = [];
      if (fields.milestone) {
        changedIds = await claimMilestone(tx, postmortemId, created.id, fields.milestone);
        await tx.timelineEvent.update({ where: { id: created.id }, data: { milestone: fields.milestone } });
        await applyMilestones(
          tx,
          postmortemId,
          { [milestoneField[fields.milestone]]: fields.occurredAt },
          "milestone",
        );
      }
      const result = await finish(tx, postmortemId, created.id, changedIds);
      await recordEventChange(tx, actor, pm, {
        entityId: created.id,
        action: "timeline_event.created",
        after: result.event,
      });
      return result;
    },
    (work) => idempotentTransaction(actor.userId, request, work),
  );
}

/**
 * Saves every editable field of an event if nobody saved it since
 * `baseVersion`; otherwise EventConflictError with the stored event. The
 * milestone it marks follows its time; marking a milestone another event held
 * moves it here; unmarking clears the postmortem's milestone.
 */
export async function updateEvent(
  actor: Actor,
  postmortemId: string,
  eventId: string,
  input: UpdateEventInput,
): Promise<EventChange> {
  return withTimeline(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await tx.timelineEvent.findFirst({
      where: { id: eventId, postmortemId },
      select: eventViewSelect,
    });
    if (!before) throw new NotFoundError("Event not found");
    const fields = input.fields;
    await checkActor(tx, postmortemId, fields.actorId);
    const { count } = await tx.timelineEvent.updateMany({
      where: { id: eventId, postmortemId, version: input.baseVersion, deletedAt: null },
      data: { ...eventData({ ...fields, milestone: before.milestone }), version: { increment: 1 } },
    });
    if (count === 0) {
      const row = await tx.timelineEvent.findFirst({
        where: { id: eventId, postmortemId, deletedAt: null },
        select: eventViewSelect,
      });
      const theirs = row ? toEventView(row) : null;
      // A retry of a save whose answer was lost: what it asks for is stored already.
      if (theirs && sameContent(theirs, fields)) return finish(tx, postmortemId, eventId, []);
      throw new EventConflictError(theirs);
    }

    let changedIds: string[] = [];
    const changes: Partial<Record<MilestoneKey, Date | null>> = {};
    if (before.milestone && before.milestone !== fields.milestone)
      changes[milestoneField[before.milestone]] = null;
    if (fields.milestone) {
      if (fields.milestone !== before.milestone) {
        changedIds = await claimMilestone(tx, postmortemId, eventId, fields.milestone);
        await tx.timelineEvent.update({ where: { id: eventId }, data: { milestone: fields.milestone } });
      }
      changes[milestoneField[fields.milestone]] = fields.occurredAt;
    } else if (before.milestone) {
      await tx.timelineEvent.update({ where: { id: eventId }, data: { milestone: null } });
    }
    if (Object.keys(changes).length > 0) await applyMilestones(tx, postmortemId, changes, "milestone");

    const result = await finish(tx, postmortemId, eventId, changedIds);
    await recordEventChange(tx, actor, pm, {
      entityId: eventId,
      action: "timeline_event.updated",
      before: toEventView(before),
      after: result.event,
    });
    return result;
  });
}

/**
 * Soft-deletes an event so it can be restored. If it marks a milestone, the
 * postmortem's milestone is cleared (the evidence for that time is gone) but
 * the event keeps its marker, so restoring it brings the milestone back.
 */
export async function deleteEvent(actor: Actor, postmortemId: string, eventId: string) {
  return withTimeline(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const event = await loadEvent(tx, postmortemId, eventId, { deleted: false });
    // Conditional on still being live: of several deletes at once, one wins
    // (and audits); the others wait for its row lock, then find nothing.
    const { count } = await tx.timelineEvent.updateMany({
      where: { id: eventId, postmortemId, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("Event not found");
    if (event.milestone)
      await tx.postmortem.update({
        where: { id: postmortemId },
        data: { [milestoneField[event.milestone]]: null },
      });
    await recordEventChange(tx, actor, pm, {
      entityId: eventId,
      action: "timeline_event.deleted",
      before: toEventView(event),
    });
    const milestones = await tx.postmortem.findUniqueOrThrow({
      where: { id: postmortemId },
      select: milestonesSelect,
    });
    return { milestones: toMilestoneTimes(milestones), changed: [] as TimelineEventView[] };
  });
}

/**
 * Undoes a delete. A milestone marker the event still holds (nobody took it
 * meanwhile) sets the milestone to the event's time again, unless the
 * milestone was set otherwise since or that would break the order: then the
 * event comes back without its marker and a notice says so.
 */
export async function restoreEvent(
  actor: Actor,
  postmortemId: string,
  eventId: string,
): Promise<EventChange> {
  return withTimeline(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const event = await loadEvent(tx, postmortemId, eventId, { deleted: true });
    const { count } = await tx.timelineEvent.updateMany({
      where: { id: eventId, postmortemId, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError("Event not found");
    let notice: string | undefined;
    if (event.milestone) {
      const key = milestoneField[event.milestone];
      const current = await tx.postmortem.findUniqueOrThrow({
        where: { id: postmortemId },
        select: milestonesSelect,
      });
      const next = { ...current, [key]: event.occurredAt };
      if (current[key] === null && checkMilestoneOrder(next).length === 0) {
        await tx.postmortem.update({ where: { id: postmortemId }, data: { [key]: event.occurredAt } });
      } else {
        await tx.timelineEvent.update({ where: { id: eventId }, data: { milestone: null } });
        notice = `The event is back, but no longer marks "${milestoneLabels[key]}": that milestone was set differently meanwhile.`;
      }
    }
    const result = await finish(tx, postmortemId, eventId, [], notice);
    await recordEventChange(tx, actor, pm, {
      entityId: eventId,
      action: "timeline_event.restored",
      after: result.event,
    });
    return result;
  });
}

/**
 * Pins or hides an event. Curation, not content: only these flags change, the
 * version stays (so someone editing the text at the same time is not put in
 * a conflict by a pin).
 */
export async function setEventFlags(
  actor: Actor,
  postmortemId: string,
  eventId: string,
  flags: EventFlagsInput,
) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const event = await loadEvent(tx, postmortemId, eventId, { deleted: false });
    const data = {
      ...(flags.pinned !== undefined && { pinned: flags.pinned }),
      ...(flags.hidden !== undefined && { hidden: flags.hidden }),
    };
    const row = await tx.timelineEvent.update({ where: { id: eventId }, data, select: eventViewSelect });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId,
      entityType: "TimelineEvent",
      entityId: eventId,
      action: "timeline_event.curated",
      before: { pinned: event.pinned, hidden: event.hidden },
      after: { pinned: row.pinned, hidden: row.hidden },
    });
    return toEventView(row);
  });
}

// -------------------------------------------------------------- milestones

/**
 * Sets (or clears) a milestone directly, as a wall-clock time in the incident
 * zone. An event that marked it no longer does (its time is no longer the
 * milestone's), so its marker is removed.
 */
export async function setMilestone(actor: Actor, postmortemId: string, input: SetMilestoneInput) {
  return withTimeline(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const { incidentTimeZone } = await tx.postmortem.findUniqueOrThrow({
      where: { id: postmortemId },
      select: { incidentTimeZone: true },
    });
    const at = input.value ? parseLocalDateTime(input.value, incidentTimeZone) : null;
    if (input.value && !at) throw new RuleError("Enter a valid date and time.", input.key);
    const { before, after } = await applyMilestones(tx, postmortemId, { [input.key]: at }, input.key);
    const changed = await detachStaleMarkers(tx, postmortemId, { [input.key]: at });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId,
      entityType: "Postmortem",
      entityId: postmortemId,
      action: "postmortem.milestone_set",
      before: { [input.key]: before[input.key] },
      after: { [input.key]: after[input.key] },
    });
    await afterContentChange(tx, postmortemId, actor.userId);
    return { milestones: toMilestoneTimes(after), changed: await viewsOf(tx, changed) };
  });
}
