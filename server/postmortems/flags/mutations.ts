import "server-only";
import { db } from "@/lib/db";
import { dismissalKey } from "@/lib/blameless/document";
import { NotFoundError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/db/connect";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { requireEditable } from "@/server/postmortems/editable";
import { loadDocument } from "@/server/postmortems/flags/queries";

type Tx = DbTransaction;

/** Recomputes and stores the count of open flags (after any content change). */
export async function recountFlags(tx: Tx, postmortemId: string): Promise<number> {
  const { doc, flags } = await loadDocument(tx, postmortemId);
  const dismissed = new Set(doc.flagDismissals.map(dismissalKey));
  const open = flags.filter((f) => !dismissed.has(dismissalKey(f))).length;
  await tx.postmortem.update({ where: { id: postmortemId }, data: { openFlagCount: open } });
  return open;
}

/** Keeps a flagged phrase on purpose, with a reason reviewers will see. */
export async function dismissFlag(
  actor: Actor,
  postmortemId: string,
  input: { location: string; ruleId: string; phrase: string; reason: string },
) {
  return db.$transaction(async (tx) => {
    // A dismissal changes what reviewers see: only while the content is editable.
    const p = await requireEditable(tx, actor, postmortemId);
    const phrase = input.phrase.toLowerCase();
    const dismissal = await tx.blamelessFlagDismissal.upsert({
      where: {
        postmortemId_location_ruleId_phrase: {
          postmortemId,
          location: input.location,
          ruleId: input.ruleId,
          phrase,
        },
      },
      create: {
        postmortemId,
        location: input.location,
        ruleId: input.ruleId,
        phrase,
        reason: input.reason,
        dismissedById: actor.userId,
      },
      update: { reason: input.reason, dismissedById: actor.userId },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: p.teamId,
      postmortemId,
      entityType: "BlamelessFlagDismissal",
      entityId: dismissal.id,
      action: "flag.dismissed",
      after: { ...input, phrase },
    });
    return recountFlags(tx, postmortemId);
  });
}

/** Takes a dismissal back: the phrase counts as an open flag again. */
export async function restoreFlag(actor: Actor, postmortemId: string, dismissalId: string) {
  return db.$transaction(async (tx) => {
    // A dismissal changes what reviewers see: only while the content is editable.
    const p = await requireEditable(tx, actor, postmortemId);
    const dismissal = await tx.blamelessFlagDismissal.findFirst({
      where: { id: dismissalId, postmortemId },
      select: { id: true, location: true, ruleId: true, phrase: true, reason: true },
    });
    if (!dismissal) throw new NotFoundError("Dismissal not found");
    await tx.blamelessFlagDismissal.delete({ where: { id: dismissal.id } });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: p.teamId,
      postmortemId,
      entityType: "BlamelessFlagDismissal",
      entityId: dismissal.id,
      action: "flag.restored",
      before: dismissal,
    });
    return recountFlags(tx, postmortemId);
  });
}
