import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/server/auth/actor";
import { requireVisiblePostmortem } from "@/server/postmortems/scope";

/** The team's writers and above: who may own this postmortem. */
export async function listOwnerCandidates(actor: Actor, postmortemId: string) {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  const members = await db.membership.findMany({
    where: { teamId: pm.teamId, role: { not: "VIEWER" }, user: { deactivatedAt: null } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ id: m.user.id, name: m.user.name }));
}
