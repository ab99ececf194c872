import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { ClaimInput, ClaimRecord } from "@/lib/schemas/claims";
import type { Actor } from "@/server/auth/actor";
import { recordChange } from "@/server/actors/access";
import { idempotentTransaction } from "@/server/idempotency";
import { checkEventIds } from "@/server/guardrails/mutations";
import { requireEditable } from "@/server/postmortems/editable";
import { sameFields } from "@/server/same-fields";
import { claimSelect, toClaimRecord } from "./queries";

export class ClaimConflictError extends ConflictError {
  constructor(readonly current: ClaimRecord) {
    super("Someone else changed this claim in the meantime. Compare and choose what to keep.");
    this.name = "ClaimConflictError";
  }
}

/** The claim's actor and event must belong to this postmortem. */
async function checkLinks(tx: DbTransaction, postmortemId: string, input: ClaimInput) {
  if (input.actorId) {
    const found = await tx.actor.count({ where: { id: input.actorId, postmortemId } });
    if (!found) throw new RuleError("Choose one of this postmortem's actors.", "actorId");
  }
  if (input.eventId) await checkEventIds(tx, postmortemId, [input.eventId], "eventId");
}

async function loadClaim(tx: DbTransaction, postmortemId: string, claimId: string) {
  const row = await tx.claim.findFirst({ where: { id: claimId, postmortemId }, select: claimSelect });
  if (!row) throw new NotFoundError("Claim not found");
  return toClaimRecord(row);
}

const fields = (input: ClaimInput) => ({
  statement: input.statement,
  actorId: input.actorId,
  eventId: input.eventId,
  status: input.status,
  evidence: input.evidence,
});

/** With an idempotency key, a retry of the same attempt returns the first claim. */
export async function createClaim(
  actor: Actor,
  postmortemId: string,
  input: ClaimInput,
  idempotencyKey?: string | null,
) {
  const request = { key: idempotencyKey, action: `claim.create:${postmortemId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    await checkLinks(tx, pm.id, input);
    const created = await tx.claim.create({
      data: { postmortemId: pm.id, ...fields(input) },
      select: claimSelect,
    });
    await recordChange(tx, actor, pm, {
      entityType: "Claim",
      entityId: created.id,
      action: "claim.created",
      after: fields(input),
    });
    return toClaimRecord(created);
  });
}

export async function updateClaim(
  actor: Actor,
  postmortemId: string,
  claimId: string,
  baseVersion: number,
  input: ClaimInput,
) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await loadClaim(tx, pm.id, claimId);
    await checkLinks(tx, pm.id, input);
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, postmortemId: pm.id, version: baseVersion },
      data: { ...fields(input), version: { increment: 1 } },
    });
    if (count === 0) {
      // A retry of a save whose answer was lost: what it asks for is stored already.
      if (sameFields(fields(input), before)) return before;
      throw new ClaimConflictError(before);
    }
    const after = await loadClaim(tx, pm.id, claimId);
    await recordChange(tx, actor, pm, {
      entityType: "Claim",
      entityId: claimId,
      action: "claim.updated",
      before,
      after,
    });
    return after;
  });
}

export async function deleteClaim(actor: Actor, postmortemId: string, claimId: string, baseVersion: number) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await loadClaim(tx, pm.id, claimId);
    const { count } = await tx.claim.deleteMany({
      where: { id: claimId, postmortemId: pm.id, version: baseVersion },
    });
    if (count === 0) {
      // Another delete won (not found: only one of them succeeds), or the claim changed.
      const still = await tx.claim.count({ where: { id: claimId, postmortemId: pm.id } });
      throw still ? new ClaimConflictError(before) : new NotFoundError("Claim not found");
    }
    await recordChange(tx, actor, pm, {
      entityType: "Claim",
      entityId: claimId,
      action: "claim.deleted",
      before,
    });
  });
}
