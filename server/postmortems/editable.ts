import "server-only";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/db/connect";
import { roleIn, type Actor } from "@/server/auth/actor";
import { canWrite, isEditableStatus } from "@/server/policy";
import { postmortemScope } from "@/server/postmortems/scope";

type Tx = DbTransaction;

/**
 * Loads a postmortem the actor may edit, inside the caller's transaction:
 * not visible → NotFoundError; visible but not a writer of its team →
 * ForbiddenError; approved/published/not required → RuleError.
 */
export async function requireEditable(tx: Tx, actor: Actor, postmortemId: string) {
  const postmortem = await tx.postmortem.findFirst({
    where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
    select: { id: true, teamId: true, status: true, version: true, ownerId: true },
  });
  const subject = { entityType: "Postmortem", entityId: postmortemId, action: "edit" };
  if (!postmortem) throw new NotFoundError("Postmortem not found", subject);
  if (!canWrite(roleIn(actor, postmortem.teamId))) {
    throw new ForbiddenError("Only writers of the owning team can edit this postmortem.", subject);
  }
  if (!isEditableStatus(postmortem.status)) {
    throw new RuleError(
      postmortem.status === "PUBLISHED"
        ? "This postmortem is published and read-only. Reopen it for correction to change it."
        : "This postmortem is not in an editable state. Move it back to draft to change it.",
    );
  }
  return postmortem;
}
