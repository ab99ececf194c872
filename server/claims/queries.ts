import "server-only";
import { db } from "@/lib/db";
import type { ClaimRecord } from "@/lib/schemas/claims";
import type { Actor } from "@/server/auth/actor";
import { requireVisiblePostmortem } from "@/server/postmortems/scope";

export const claimSelect = {
  id: true,
  statement: true,
  actorId: true,
  eventId: true,
  status: true,
  evidence: true,
  version: true,
  event: { select: { deletedAt: true } },
} as const;

type ClaimRow = ClaimRecord & { event: { deletedAt: Date | null } | null };

/** A claim on a soft-deleted event shows as not linked (the link comes back with an undo). */
export function toClaimRecord({ event, ...rest }: ClaimRow): ClaimRecord {
  return { ...rest, eventId: event && !event.deletedAt ? rest.eventId : null };
}

/** The postmortem's claims: refuted first (they must stand out), then unknown, then verified. */
export async function listClaims(actor: Actor, postmortemId: string): Promise<ClaimRecord[]> {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  const rows = await db.claim.findMany({
    where: { postmortemId: pm.id },
    select: claimSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const rank = { REFUTED: 0, UNKNOWN: 1, VERIFIED: 2 } as const;
  return rows.map(toClaimRecord).sort((a, b) => rank[a.status] - rank[b.status]);
}
