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
  /** The UserSession row of this sign-in (this browser or device). */
  sessionId: string;
};

export type SessionClaims = {
  userId: string;
  /** The UserSession row created at sign-in. */
  sessionId: string;
  /** The user's sessionVersion when the session was issued. */
  sessionVersion: number;
  /** When the user signed in (ms since epoch): bounds the absolute lifetime. */
  authTime: number;
};

/** lastSeenAt is written at most this often per session. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

type ActorRow = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  deactivatedAt: Date | null;
  sessionVersion: number;
  revokedAt: Date | null;
  lastSeenAt: Date;
  ipAddress: string | null;
  memberships: ActorMembership[];
};

/**
 * Resolves a session to an actor, or null when the session is no longer
 * valid: its UserSession row revoked or gone (signed out here or from the
 * sessions list), user gone or deactivated, every session ended (version
 * bumped by a password change, deactivation or removal from a team), or older
 * than the absolute lifetime.
 *
 * One query per request: the session row, the user and their memberships in
 * one statement (Prisma's nested selects would be three round trips). Every
 * minute or so a second one records that the session was seen, and from where.
 */
export async function loadActor(
  claims: SessionClaims,
  maxAgeMs: number,
  now = Date.now(),
  seenFrom?: string,
): Promise<Actor | null> {
  if (now - claims.authTime > maxAgeMs) return null;
  const rows = await db.$queryRaw<ActorRow[]>`
    SELECT u."id", u."email", u."name", u."isAdmin", u."deactivatedAt", u."sessionVersion",
           s."revokedAt", s."lastSeenAt", s."ipAddress",
           COALESCE((
             SELECT json_agg(json_build_object('teamId', t."id", 'slug', t."slug", 'teamName', t."name", 'role', m."role")
                             ORDER BY t."name", t."id")
             FROM "Membership" m JOIN "Team" t ON t."id" = m."teamId"
             WHERE m."userId" = u."id"
           ), '[]'::json) AS "memberships"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${claims.sessionId} AND s."userId" = ${claims.userId}`;
  const row = rows[0];
  if (!row || row.revokedAt || row.deactivatedAt || row.sessionVersion !== claims.sessionVersion) return null;
  if (now - new Date(row.lastSeenAt).getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await markSeen(claims.sessionId, now, seenFrom ?? row.ipAddress);
  }
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.isAdmin,
    memberships: row.memberships,
    sessionId: claims.sessionId,
  };
}

async function markSeen(sessionId: string, now: number, address: string | null) {
  try {
    // Conditional, so concurrent requests of one page write it once.
    await db.userSession.updateMany({
      where: { id: sessionId, lastSeenAt: { lt: new Date(now - LAST_SEEN_RESOLUTION_MS + 1) } },
      data: { lastSeenAt: new Date(now), ipAddress: address },
    });
  } catch (error) {
    // Bookkeeping only: never fail the request over it.
    console.error("[kintsugi] could not record session activity", error);
  }
}

export function roleIn(actor: Actor, teamId: string): TeamRole | null {
  return actor.memberships.find((m) => m.teamId === teamId)?.role ?? null;
}

export function teamIdsOf(actor: Actor): string[] {
  return actor.memberships.map((m) => m.teamId);
}
