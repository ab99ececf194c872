import "server-only";
// One UserSession row per signed-in browser or device. The session cookie (a
// JWT) carries the row's id; loadActor() rejects a revoked or missing row at
// the next request, on every server. Signing out revokes this row only.
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import type { SessionListItem } from "@/lib/session-list";
import { describeDevice } from "@/lib/user-agent";
import { writeAudit } from "@/server/audit";
import type { Actor } from "./actor";
import type { RequestInfo } from "./request";

const DAY = 24 * 3600_000;
/** Revoked rows are kept a day, then deleted (the audit log keeps the revocation itself). */
const KEEP_REVOKED_MS = DAY;

const maxAgeMs = () => env.SESSION_MAX_AGE_HOURS * 3600_000;

/** Creates the row for a new sign-in and returns its id (for the JWT). */
export async function startSession(userId: string, info: RequestInfo, now = new Date()): Promise<string> {
  const row = await db.userSession.create({
    data: { userId, userAgent: info.userAgent, ipAddress: info.address, createdAt: now, lastSeenAt: now },
    select: { id: true },
  });
  // Now and then, remove rows nobody can use any more.
  if (Math.random() < 0.05) {
    await cleanUpSessions(now, maxAgeMs()).catch((error: unknown) => {
      console.error("[kintsugi] session clean-up failed", error);
    });
  }
  return row.id;
}

/** Signing out: ends this session only. The token names both ids, so only its own row matches. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** The actor's active sessions, this one first, then by last activity. */
export async function listSessions(actor: Actor, now = new Date()): Promise<SessionListItem[]> {
  const rows = await db.userSession.findMany({
    where: {
      userId: actor.userId,
      revokedAt: null,
      createdAt: { gt: new Date(now.getTime() - maxAgeMs()) },
    },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  const items = rows.map((r) => ({
    id: r.id,
    device: describeDevice(r.userAgent),
    userAgent: r.userAgent,
    address: r.ipAddress,
    createdAt: r.createdAt,
    lastSeenAt: r.lastSeenAt,
    current: r.id === actor.sessionId,
  }));
  return [...items.filter((s) => s.current), ...items.filter((s) => !s.current)];
}

/** Ends one of the actor's own sessions. Another user's session is "not found". */
export async function revokeSession(actor: Actor, sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: sessionId, userId: actor.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("That session has already ended.");
    await writeAudit(tx, {
      actorUserId: actor.userId,
      entityType: "UserSession",
      entityId: sessionId,
      action: "session.revoked",
      after: { current: sessionId === actor.sessionId },
    });
  });
}

/** "Sign out everywhere": ends every session of the actor, this one included. */
export async function revokeAllSessions(actor: Actor): Promise<number> {
  return db.$transaction(async (tx) => {
    const count = await revokeSessionsOf(tx, actor.userId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      entityType: "User",
      entityId: actor.userId,
      action: "session.revoked_all",
      after: { count },
    });
    return count;
  });
}

/** Inside a caller's transaction (password change, deactivation). */
export async function revokeSessionsOf(tx: DbTransaction, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** Deletes rows that can never be used again: revoked a while ago, or past the absolute lifetime. */
export async function cleanUpSessions(now: Date, sessionMaxAgeMs: number): Promise<number> {
  const { count } = await db.userSession.deleteMany({
    where: {
      OR: [
        { revokedAt: { lt: new Date(now.getTime() - KEEP_REVOKED_MS) } },
        { createdAt: { lt: new Date(now.getTime() - sessionMaxAgeMs) } },
      ],
    },
  });
  return count;
}
