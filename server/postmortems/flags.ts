import "server-only";
import { db } from "@/lib/db";
import { checkDocument, dismissalKey, personNames, type LocatedFlag } from "@/lib/blameless/document";
import { NotFoundError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/db/connect";
import { roleIn, type Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { canEditPostmortem } from "@/server/policy";
import { requireEditable } from "./editable";
import { postmortemScope } from "./scope";

type Tx = DbTransaction;

async function loadDocument(tx: Tx, postmortemId: string) {
  const p = await tx.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    select: {
      title: true,
      summary: true,
      impactNotes: true,
      sections: { select: { key: true, title: true, body: true }, orderBy: { position: "asc" } },
      flagDismissals: {
        select: {
          id: true,
          location: true,
          ruleId: true,
          phrase: true,
          reason: true,
          createdAt: true,
          dismissedBy: { select: { name: true } },
        },
      },
      team: { select: { memberships: { select: { user: { select: { name: true } } } } } },
    },
  });
  const names = personNames(p.team.memberships.map((m) => m.user.name));
  return { doc: p, flags: checkDocument(p, names), names };
}

export type FlagReportItem = LocatedFlag & {
  dismissal: { id: string; reason: string; by: string; at: Date } | null;
};

/**
 * Every blameless-language flag in a postmortem, with dismissals (and their
 * reasons) attached, for writers and reviewers alike.
 */
export async function getFlagReport(actor: Actor, postmortemId: string) {
  const visible = await db.postmortem.findFirst({
    where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
    select: { id: true, teamId: true, status: true },
  });
  if (!visible)
    throw new NotFoundError("Postmortem not found", {
      entityType: "Postmortem",
      entityId: postmortemId,
      action: "view",
    });
  const { doc, flags, names } = await loadDocument(db, postmortemId);
  const byKey = new Map(doc.flagDismissals.map((d) => [dismissalKey(d), d]));
  const items: FlagReportItem[] = flags.map((f) => {
    const d = byKey.get(dismissalKey(f));
    return {
      ...f,
      dismissal: d ? { id: d.id, reason: d.reason, by: d.dismissedBy.name, at: d.createdAt } : null,
    };
  });
  return {
    items,
    open: items.filter((i) => !i.dismissal).length,
    names,
    canDismiss: canEditPostmortem(roleIn(actor, visible.teamId), visible.status),
  };
}

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
