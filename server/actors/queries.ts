import "server-only";
import { db } from "@/lib/db";
import type { ActorRecord } from "@/lib/schemas/actors";
import type { Actor } from "@/server/auth/actor";
import { roleIn } from "@/server/auth/actor";
import { requireVisiblePostmortem } from "@/server/postmortems/scope";

export const actorSelect = {
  id: true,
  kind: true,
  name: true,
  role: true,
  userId: true,
  user: { select: { name: true } },
  description: true,
  model: true,
  modelVersion: true,
  task: true,
  autonomy: true,
  inheritedFrom: true,
  permissionsGranted: true,
  permissionsInherited: true,
  permissionsNeeded: true,
  permissionsUsed: true,
  version: true,
} as const;

type ActorRow = {
  [K in keyof Omit<ActorRecord, "userName">]: ActorRecord[K];
} & { user: { name: string } | null };

export function toActorRecord(row: ActorRow, showUser = true): ActorRecord {
  const { user, ...rest } = row;
  return {
    ...rest,
    userId: showUser ? rest.userId : null,
    userName: showUser ? (user?.name ?? null) : null,
  };
}

export type ActorWithCount = ActorRecord & { eventCount: number };

/**
 * The postmortem's actors (people, then automation, AI agents, external
 * services; by name) with how many live timeline events each acted in, from
 * one grouped query. Linked user names are shown only to the owning team.
 */
export async function listActors(actor: Actor, postmortemId: string): Promise<ActorWithCount[]> {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  const [rows, counts] = await Promise.all([
    db.actor.findMany({
      where: { postmortemId: pm.id },
      select: actorSelect,
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
    db.timelineEvent.groupBy({
      by: ["actorId"],
      where: { postmortemId: pm.id, deletedAt: null, actorId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const byActor = new Map(counts.map((c) => [c.actorId, c._count._all]));
  const member = roleIn(actor, pm.teamId) !== null;
  return rows.map((r) => ({ ...toActorRecord(r, member), eventCount: byActor.get(r.id) ?? 0 }));
}

/** Users an editor may link a person actor to: active members of the owning team. */
export async function listLinkableUsers(actor: Actor, postmortemId: string) {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  if (roleIn(actor, pm.teamId) === null) return [];
  const members = await db.membership.findMany({
    where: { teamId: pm.teamId, user: { deactivatedAt: null } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ id: m.user.id, name: m.user.name }));
}

/** Live events with their blast-radius fields, for the blast-radius summary. */
export async function listBlastRadiusEvents(actor: Actor, postmortemId: string) {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  return db.timelineEvent.findMany({
    where: { postmortemId: pm.id, deletedAt: null },
    select: {
      actorId: true,
      occurredAt: true,
      environment: true,
      crossedEnvironment: true,
      reversibility: true,
      resourcesTouched: true,
      type: true,
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  });
}
