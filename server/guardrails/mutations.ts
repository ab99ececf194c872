import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { GuardrailInput, GuardrailRecord } from "@/lib/schemas/guardrails";
import type { Actor } from "@/server/auth/actor";
import { recordChange } from "@/server/actors/access";
import { idempotentTransaction } from "@/server/idempotency";
import { requireEditable } from "@/server/postmortems/editable";
import { sameFields } from "@/server/same-fields";
import { guardrailSelect, toGuardrailRecord } from "./queries";

export class GuardrailConflictError extends ConflictError {
  constructor(readonly current: GuardrailRecord) {
    super("Someone else changed this guardrail in the meantime. Compare and choose what to keep.");
    this.name = "GuardrailConflictError";
  }
}

/** Every linked event must be a live event of this postmortem. */
export async function checkEventIds(
  tx: DbTransaction,
  postmortemId: string,
  eventIds: string[],
  field: string,
) {
  if (eventIds.length === 0) return;
  const found = await tx.timelineEvent.count({
    where: { id: { in: eventIds }, postmortemId, deletedAt: null },
  });
  if (found !== eventIds.length)
    throw new RuleError("Link only events of this postmortem's timeline.", field);
}

async function loadGuardrail(tx: DbTransaction, postmortemId: string, guardrailId: string) {
  const row = await tx.guardrail.findFirst({
    where: { id: guardrailId, postmortemId },
    select: guardrailSelect,
  });
  if (!row) throw new NotFoundError("Guardrail not found");
  return toGuardrailRecord(row);
}

const fields = (input: GuardrailInput) => ({
  name: input.name,
  kind: input.kind,
  state: input.state,
  notes: input.notes,
});

/** With an idempotency key, a retry of the same attempt returns the first guardrail. */
export async function createGuardrail(
  actor: Actor,
  postmortemId: string,
  input: GuardrailInput,
  idempotencyKey?: string | null,
) {
  const request = { key: idempotencyKey, action: `guardrail.create:${postmortemId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    await checkEventIds(tx, pm.id, input.eventIds, "eventIds");
    const created = await tx.guardrail.create({
      data: {
        postmortemId: pm.id,
        ...fields(input),
        events: { create: input.eventIds.map((eventId) => ({ eventId })) },
      },
      select: guardrailSelect,
    });
    await recordChange(tx, actor, pm, {
      entityType: "Guardrail",
      entityId: created.id,
      action: "guardrail.created",
      after: input,
    });
    return toGuardrailRecord(created);
  });
}

export async function updateGuardrail(
  actor: Actor,
  postmortemId: string,
  guardrailId: string,
  baseVersion: number,
  input: GuardrailInput,
) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await loadGuardrail(tx, pm.id, guardrailId);
    await checkEventIds(tx, pm.id, input.eventIds, "eventIds");
    const { count } = await tx.guardrail.updateMany({
      where: { id: guardrailId, postmortemId: pm.id, version: baseVersion },
      data: { ...fields(input), version: { increment: 1 } },
    });
    if (count === 0) {
      // A retry of a save whose answer was lost: what it asks for is stored already.
      const wanted = { ...fields(input), eventIds: [...input.eventIds].sort() };
      if (sameFields(wanted, { ...before, eventIds: [...before.eventIds].sort() })) return before;
      throw new GuardrailConflictError(before);
    }
    // Replace the links to live events; links to soft-deleted events stay for an undo.
    await tx.guardrailEvent.deleteMany({ where: { guardrailId, event: { deletedAt: null } } });
    if (input.eventIds.length)
      await tx.guardrailEvent.createMany({
        data: input.eventIds.map((eventId) => ({ guardrailId, eventId })),
        skipDuplicates: true,
      });
    const after = await loadGuardrail(tx, pm.id, guardrailId);
    await recordChange(tx, actor, pm, {
      entityType: "Guardrail",
      entityId: guardrailId,
      action: "guardrail.updated",
      before,
      after,
    });
    return after;
  });
}

export async function deleteGuardrail(
  actor: Actor,
  postmortemId: string,
  guardrailId: string,
  baseVersion: number,
) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await loadGuardrail(tx, pm.id, guardrailId);
    const { count } = await tx.guardrail.deleteMany({
      where: { id: guardrailId, postmortemId: pm.id, version: baseVersion },
    });
    if (count === 0) {
      // Another delete won (not found: only one of them succeeds), or the guardrail changed.
      const still = await tx.guardrail.count({ where: { id: guardrailId, postmortemId: pm.id } });
      throw still ? new GuardrailConflictError(before) : new NotFoundError("Guardrail not found");
    }
    await recordChange(tx, actor, pm, {
      entityType: "Guardrail",
      entityId: guardrailId,
      action: "guardrail.deleted",
      before,
    });
  });
}
