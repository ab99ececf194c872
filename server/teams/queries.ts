import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { roleIn, type Actor } from "@/server/auth/actor";
import { canManageTeam, canView } from "@/server/policy";

/**
 * The team the actor is working in: the one named by `preferredSlug` if the
 * actor belongs to it, else their first team, else null.
 */
export function pickCurrentTeam(actor: Actor, preferredSlug: string | undefined) {
  return actor.memberships.find((m) => m.slug === preferredSlug) ?? actor.memberships[0] ?? null;
}

/** Members and open invites of a team the actor belongs to. */
export async function getTeamSettings(actor: Actor, teamId: string) {
  const role = roleIn(actor, teamId);
  if (!canView(role) && !actor.isAdmin)
    throw new NotFoundError("Team not found", {
      entityType: "Team",
      entityId: teamId,
      action: "view settings",
    });
  const canManage = canManageTeam(role) || actor.isAdmin;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true,
      slug: true,
      name: true,
      memberships: {
        select: {
          id: true,
          role: true,
          createdAt: true,
          user: { select: { id: true, name: true, email: true } },
        },
        orderBy: [{ user: { name: "asc" } }],
      },
      // Invites are only shown to those who manage the team.
      invites: canManage
        ? {
            where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
            select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
            orderBy: { createdAt: "desc" },
          }
        : false,
    },
  });
  if (!team) throw new NotFoundError("Team not found");
  return { ...team, invites: team.invites ?? [], viewerRole: role, canManage };
}

/** All teams, for site admins. */
export async function listAllTeams(actor: Actor) {
  if (!actor.isAdmin) throw new NotFoundError("Not found", { entityType: "Site", action: "administer" });
  return db.team.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      _count: { select: { memberships: true, postmortems: true } },
    },
    orderBy: { name: "asc" },
  });
}
