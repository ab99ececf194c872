import "server-only";
import { db } from "@/lib/db";
import type { TeamRole } from "@/lib/generated/prisma/enums";

export type ActorMembership = { teamId: string; slug: string; teamName: string; role: TeamRole };

/** The signed-in user as every query and mutation sees it. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  memberships: ActorMembership[];
};

export type SessionClaims = {
  userId: string;
  /** The user's sessionVersion when the session was issued. */
  sessionVersion: number;
  /** When the user signed in (ms since epoch): bounds the absolute lifetime. */
  authTime: number;
};

/**
 * Resolves a session to an actor, or null when the session is no longer
 * valid: user gone or deactivated, sessions revoked (version bumped), or
 * older than the absolute lifetime.
 */
export async function loadActor(
  claims: SessionClaims,
  maxAgeMs: number,
  now = Date.now(),
): Promise<Actor | null> {
  if (now - claims.authTime > maxAgeMs) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      deactivatedAt: true,
      sessionVersion: true,
      memberships: {
        select: { role: true, team: { select: { id: true, slug: true, name: true } } },
        orderBy: { team: { name: "asc" } },
      },
    },
  });
  if (!user || user.deactivatedAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    memberships: user.memberships.map((m) => ({
      teamId: m.team.id,
      slug: m.team.slug,
      teamName: m.team.name,
      role: m.role,
    })),
  };
}

export function roleIn(actor: Actor, teamId: string): TeamRole | null {
  return actor.memberships.find((m) => m.teamId === teamId)?.role ?? null;
}

export function teamIdsOf(actor: Actor): string[] {
  return actor.memberships.map((m) => m.teamId);
}
