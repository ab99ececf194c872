import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatCursor, parseCursor, type AuditQuery } from "@/lib/schemas/audit";
import type { Actor } from "@/server/auth/actor";
import { canManageTeam } from "@/server/policy";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Whose events the actor may read: site admins every row; team managers and
 * admins their teams' rows. Anyone else gets NotFoundError (audited as a
 * refusal by the page).
 */
export function auditScope(actor: Actor): { all: true } | { all: false; teamIds: string[] } {
  if (actor.isAdmin) return { all: true };
  const teamIds = actor.memberships.filter((m) => canManageTeam(m.role)).map((m) => m.teamId);
  if (teamIds.length === 0)
    throw new NotFoundError("Not found", { entityType: "Site", action: "view audit log" });
  return { all: false, teamIds };
}

const DAY = 24 * 3600 * 1000;

function filterWhere(q: AuditQuery): Prisma.AuditEventWhereInput[] {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (q.team) where.push({ teamId: q.team });
  if (q.actor) where.push({ actorUserId: q.actor });
  if (q.action) where.push({ action: { startsWith: `${q.action}.` } });
  if (q.entity) where.push({ entityType: q.entity });
  if (q.from) where.push({ createdAt: { gte: new Date(`${q.from}T00:00:00.000Z`) } });
  if (q.to) where.push({ createdAt: { lt: new Date(new Date(`${q.to}T00:00:00.000Z`).getTime() + DAY) } });
  return where;
}

const rowSelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  actorUser: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
  postmortem: { select: { id: true, number: true } },
} as const;

/**
 * One page of the audit log, newest first, by keyset on (createdAt, id) (the
 * AuditEvent indexes), never OFFSET: `older` continues after a row, `newer`
 * goes back before one. Returns the cursors of the pages either side.
 */
export async function listAuditEvents(actor: Actor, q: AuditQuery) {
  const scope = auditScope(actor);
  if (!scope.all && q.team && !scope.teamIds.includes(q.team))
    throw new NotFoundError("Team not found", {
      entityType: "Team",
      entityId: q.team,
      action: "view audit log",
    });
  const where: Prisma.AuditEventWhereInput[] = [
    ...(scope.all ? [] : [{ teamId: { in: scope.teamIds } }]),
    ...filterWhere(q),
  ];
  const newer = !q.older && q.newer ? parseCursor(q.newer) : null;
  const older = q.older ? parseCursor(q.older) : null;
  if (older)
    where.push({
      OR: [{ createdAt: { lt: older.createdAt } }, { createdAt: older.createdAt, id: { lt: older.id } }],
    });
  else if (newer)
    where.push({
      OR: [{ createdAt: { gt: newer.createdAt } }, { createdAt: newer.createdAt, id: { gt: newer.id } }],
    });
  const direction = newer ? "asc" : "desc";
  const fetched = await db.auditEvent.findMany({
    where: { AND: where },
    select: rowSelect,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const more = fetched.length > AUDIT_PAGE_SIZE;
  const page = fetched.slice(0, AUDIT_PAGE_SIZE);
  if (newer) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  return {
    rows: page,
    // Older rows exist after this page when more were fetched going back, or
    // when this page was reached going forward (the page we came from is older).
    olderCursor: last && (newer ? true : more) ? formatCursor(last) : null,
    newerCursor: first && (newer ? more : Boolean(older)) ? formatCursor(first) : null,
  };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];

/** The teams and people the filters offer, within the actor's scope. */
export async function getAuditFilterOptions(actor: Actor) {
  const scope = auditScope(actor);
  const teamWhere = scope.all ? {} : { id: { in: scope.teamIds } };
  const [teams, people] = await Promise.all([
    db.team.findMany({ where: teamWhere, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: scope.all ? {} : { memberships: { some: { teamId: { in: scope.teamIds } } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  return { teams, people, all: scope.all };
}
