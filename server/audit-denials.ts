import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, type DenialSubject } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { DENIAL_ACTION_PREFIX } from "@/server/postmortems/workflow/authorship";

/**
 * Refused requests of signed-in people (not found, forbidden) are audited:
 * who, what kind of thing (and the id they asked for), which action, when and
 * the outcome. Never the refused data, nor any message text.
 *
 * Rate limit, so a loop cannot flood the table: at most one row per actor,
 * thing and action per minute, and at most 30 denial rows per actor per
 * minute whatever they ask for (a scan over many ids is still visible as 30
 * rows a minute).
 */
export const DENIAL_WINDOW_MS = 60_000;
export const DENIALS_PER_ACTOR_PER_WINDOW = 30;

export type Denial = { subject: DenialSubject; outcome: "not_found" | "forbidden" };

/** The denial an error stands for, or null when it is not a refusal. */
export function denialOf(error: unknown): Denial | null {
  if (!(error instanceof NotFoundError) && !(error instanceof ForbiddenError)) return null;
  const outcome = error instanceof NotFoundError ? "not_found" : "forbidden";
  if (error.subject) return { subject: error.subject, outcome };
  // Errors thrown without a subject still say what was missing ("Event not found").
  const kind = /^([A-Za-z]+) not found$/.exec(error.message)?.[1];
  return { subject: { entityType: kind ?? "Unknown", action: "access" }, outcome };
}

const slug = (action: string) =>
  action
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 40) || "access";

/** Where the row is filed, so the owning team's managers see attempts on their things. */
async function ownerOf(
  subject: DenialSubject,
): Promise<{ teamId: string | null; postmortemId: string | null }> {
  const id = subject.entityId;
  if (!id) return { teamId: null, postmortemId: null };
  if (subject.entityType === "Postmortem") {
    const pm = await db.postmortem.findUnique({ where: { id }, select: { id: true, teamId: true } });
    return { teamId: pm?.teamId ?? null, postmortemId: pm?.id ?? null };
  }
  if (subject.entityType === "Team") {
    const team = await db.team.findUnique({ where: { id }, select: { id: true } });
    return { teamId: team?.id ?? null, postmortemId: null };
  }
  return { teamId: null, postmortemId: null };
}

/**
 * Writes the audit row for a refused request (outside any transaction: the
 * refused one has rolled back). Returns whether a row was written; never
 * throws (a failure to audit must not turn a 404 into a 500).
 */
export async function recordDenial(actor: Actor, error: unknown, now = new Date()): Promise<boolean> {
  const denial = denialOf(error);
  if (!denial) return false;
  const { subject, outcome } = denial;
  const action = `${DENIAL_ACTION_PREFIX}${slug(subject.action)}`;
  const entityType = subject.entityType.slice(0, 40);
  const entityId = (subject.entityId ?? "").slice(0, 64) || "-";
  try {
    const recent = await db.auditEvent.findMany({
      where: {
        actorUserId: actor.userId,
        action: { startsWith: DENIAL_ACTION_PREFIX },
        createdAt: { gt: new Date(now.getTime() - DENIAL_WINDOW_MS), lte: now },
      },
      select: { entityType: true, entityId: true, action: true },
      take: DENIALS_PER_ACTOR_PER_WINDOW,
    });
    if (recent.length >= DENIALS_PER_ACTOR_PER_WINDOW) return false;
    if (recent.some((r) => r.entityType === entityType && r.entityId === entityId && r.action === action))
      return false;
    const { teamId, postmortemId } = await ownerOf(subject);
    await db.auditEvent.create({
      data: {
        actorUserId: actor.userId,
        teamId,
        postmortemId,
        entityType,
        entityId,
        action,
        after: { outcome },
        createdAt: now,
      },
    });
    return true;
  } catch (failure) {
    console.error("[kintsugi] could not audit a refused request", failure);
    return false;
  }
}
