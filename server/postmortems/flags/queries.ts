import "server-only";
import { db } from "@/lib/db";
import { checkDocument, dismissalKey, personNames, type LocatedFlag } from "@/lib/blameless/document";
import { NotFoundError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/db/connect";
import { roleIn, type Actor } from "@/server/auth/actor";
import { canEditPostmortem } from "@/server/policy";
import { postmortemScope } from "@/server/postmortems/scope";

/** A postmortem's text as the blameless-language check reads it, with its flags and dismissals. */
export async function loadDocument(tx: DbTransaction, postmortemId: string) {
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

type DocumentWithDismissals = Parameters<typeof checkDocument>[0] & {
  flagDismissals: {
    id: string;
    location: string;
    ruleId: string;
    phrase: string;
    reason: string;
    createdAt: Date;
    dismissedBy: { name: string };
  }[];
};

/**
 * The flag report of a document already loaded (the document page reads it
 * with everything else in one query): every flag, with its dismissal.
 */
export function buildFlagReport(doc: DocumentWithDismissals, memberNames: string[], canDismiss: boolean) {
  const names = personNames(memberNames);
  const byKey = new Map(doc.flagDismissals.map((d) => [dismissalKey(d), d]));
  const items: FlagReportItem[] = checkDocument(doc, names).map((f) => {
    const d = byKey.get(dismissalKey(f));
    return {
      ...f,
      dismissal: d ? { id: d.id, reason: d.reason, by: d.dismissedBy.name, at: d.createdAt } : null,
    };
  });
  return { items, open: items.filter((i) => !i.dismissal).length, names, canDismiss };
}

export type FlagReport = ReturnType<typeof buildFlagReport>;

/**
 * Every blameless-language flag in a postmortem, with dismissals (and their
 * reasons) attached, for writers and reviewers alike.
 */
export async function getFlagReport(actor: Actor, postmortemId: string): Promise<FlagReport> {
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
  const { doc } = await loadDocument(db, postmortemId);
  return buildFlagReport(
    doc,
    doc.team.memberships.map((m) => m.user.name),
    canEditPostmortem(roleIn(actor, visible.teamId), visible.status),
  );
}
