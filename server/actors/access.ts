import "server-only";
import type { DbTransaction } from "@/lib/db/connect";
import type { Actor } from "@/server/auth/actor";
import { writeAudit, type AuditEntry } from "@/server/audit";
import { afterContentChange } from "@/server/postmortems/after-change";

/** Marks the postmortem as changed (the list sorts by it). */
export async function touchPostmortem(tx: DbTransaction, postmortemId: string) {
  await tx.postmortem.update({ where: { id: postmortemId }, data: { updatedAt: new Date() } });
}

/**
 * The tail of every change to an actor, claim or guardrail, in the caller's
 * transaction: mark the postmortem changed, audit the change, run the
 * postmortem's after-change work.
 */
export async function recordChange(
  tx: DbTransaction,
  actor: Actor,
  pm: { id: string; teamId: string },
  change: Pick<AuditEntry, "entityType" | "entityId" | "action" | "before" | "after">,
) {
  await touchPostmortem(tx, pm.id);
  await writeAudit(tx, { actorUserId: actor.userId, teamId: pm.teamId, postmortemId: pm.id, ...change });
  await afterContentChange(tx, pm.id, actor.userId);
}
