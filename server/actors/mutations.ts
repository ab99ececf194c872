import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { ActorInput, ActorRecord } from "@/lib/schemas/actors";
import type { Actor } from "@/server/auth/actor";
import { idempotentTransaction } from "@/server/idempotency";
import { requireEditable } from "@/server/postmortems/editable";
import { sameFields } from "@/server/same-fields";
import { recordChange } from "./access";
import { actorSelect, toActorRecord } from "./queries";

/** A save or delete based on a version someone else has since replaced; carries their record. */
export class ActorConflictError extends ConflictError {
  constructor(readonly current: ActorRecord) {
    super("Someone else changed this actor in the meantime. Compare and choose what to keep.");
    this.name = "ActorConflictError";
  }
}

/** Only users of the postmortem's own team may be linked to a person actor. */
async function checkLinkedUser(tx: DbTransaction, teamId: string, userId: string | null) {
  if (!userId) return;
  const member = await tx.membership.findFirst({
    where: { teamId, userId, user: { deactivatedAt: null } },
    select: { id: true },
  });
  if (!member) throw new RuleError("Link only people of this postmortem's team.", "userId");
}

async function loadActor(tx: DbTransaction, postmortemId: string, actorId: string) {
  // Through its postmortem: an actor id from elsewhere is simply not found.
  const row = await tx.actor.findFirst({ where: { id: actorId, postmortemId }, select: actorSelect });
  if (!row) throw new NotFoundError("Actor not found");
  return toActorRecord(row);
}

/**
 * Why a conditional delete removed nothing: the row is gone (another delete
 * won: not found, so only one of several deletes succeeds and audits) or its
 * version moved on (a conflict).
 */
async function deleteFailure(tx: DbTransaction, postmortemId: string, actorId: string, before: ActorRecord) {
  const still = await tx.actor.count({ where: { id: actorId, postmortemId } });
  return still ? new ActorConflictError(before) : new NotFoundError("Actor not found");
}

const data = (input: ActorInput) => ({
  kind: input.kind,
  name: input.name,
  role: input.role,
  userId: input.userId,
  description: input.description,
  model: input.model,
  modelVersion: input.modelVersion,
  task: input.task,
  autonomy: input.autonomy,
  inheritedFrom: input.inheritedFrom,
  permissionsGranted: input.permissionsGranted,
  permissionsInherited: input.permissionsInherited,
  permissionsNeeded: input.permissionsNeeded,
  permissionsUsed: input.permissionsUsed,
});

/** With an idempotency key, a retry of the same attempt returns the first actor. */
export async function createActor(
  actor: Actor,
  postmortemId: string,
  input: ActorInput,
  idempotencyKey?: string | null,
) {
  const request = { key: idempotencyKey, action: `actor.create:${postmortemId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    await checkLinkedUser(tx, pm.teamId, input.userId);
    const created = await tx.actor.create({
      data: { postmortemId: pm.id, ...data(input) },
      select: actorSelect,
    });
    await recordChange(tx, actor, pm, {
      entityType: "Actor",
      entityId: created.id,
      action: "actor.created",
      after: data(input),
    });
    return toActorRecord(created);
  });
}

export async function updateActor(
  actor: Actor,
  postmortemId: string,
  actorId: string,
  baseVersion: number,
  input: ActorInput,
) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await loadActor(tx, pm.id, actorId);
    await checkLinkedUser(tx, pm.teamId, input.userId);
    const { count } = await tx.actor.updateMany({
      where: { id: actorId, postmortemId: pm.id, version: baseVersion },
      data: { ...data(input), version: { increment: 1 } },
    });
    if (count === 0) {
      // A retry of a save whose answer was lost: what it asks for is stored already.
      if (sameFields(data(input), before)) return before;
      throw new ActorConflictError(before);
    }
    const after = await loadActor(tx, pm.id, actorId);
    await recordChange(tx, actor, pm, {
      entityType: "Actor",
      entityId: actorId,
      action: "actor.updated",
      before,
      after,
    });
    return after;
  });
}

/**
 * Deletes an actor. Its events stay, with no actor (the foreign key is
 * SET NULL); so do its claims. Returns how many events lost their actor.
 */
export async function deleteActor(actor: Actor, postmortemId: string, actorId: string, baseVersion: number) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await loadActor(tx, pm.id, actorId);
    const events = await tx.timelineEvent.count({ where: { actorId, postmortemId: pm.id, deletedAt: null } });
    const { count } = await tx.actor.deleteMany({
      where: { id: actorId, postmortemId: pm.id, version: baseVersion },
    });
    if (count === 0) throw await deleteFailure(tx, pm.id, actorId, before);
    await recordChange(tx, actor, pm, {
      entityType: "Actor",
      entityId: actorId,
      action: "actor.deleted",
      before: { ...before, eventCount: events },
    });
    return { events };
  });
}
