import "server-only";
import type { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";

/**
 * Audited actions that move or route a postmortem without writing any of its
 * content. Every other audited action on a postmortem (creating it, editing
 * the header or a section, the timeline, actors, claims, guardrails, imports,
 * flag dismissals, restoring a revision, ...) counts as writing it: the list
 * is of exceptions, so a new kind of edit counts by default.
 */
export const NON_AUTHORING_ACTIONS = [
  "postmortem.status_changed",
  "postmortem.reopened",
  "postmortem.owner_changed",
] as const;

/** Audit rows of refused attempts (server/audit-denials.ts) never make anyone an author. */
export const DENIAL_ACTION_PREFIX = "denied.";

/**
 * Did this user write any of the postmortem: create it, edit a section or the
 * header, take an edit snapshot, or make any other content change recorded in
 * the audit log? Separation of duties rests on this, not on the owner field,
 * which anyone editing the header could hand to someone else.
 */
export async function hasAuthored(
  client: DbTransaction | typeof db,
  postmortemId: string,
  userId: string,
): Promise<boolean> {
  const found = await client.postmortem.findFirst({
    where: {
      id: postmortemId,
      OR: [
        { createdById: userId },
        { sections: { some: { updatedById: userId } } },
        { revisions: { some: { authorId: userId, reason: { in: ["CREATED", "EDIT", "RESTORE"] } } } },
        {
          auditEvents: {
            some: {
              actorUserId: userId,
              NOT: [
                { action: { in: [...NON_AUTHORING_ACTIONS] } },
                { action: { startsWith: DENIAL_ACTION_PREFIX } },
              ],
            },
          },
        },
      ],
    },
    select: { id: true },
  });
  return found !== null;
}
