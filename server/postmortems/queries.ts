import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, inIdOrder, keysetPage, type PagePlan } from "@/lib/keyset";
import type { PostmortemStatus, Severity } from "@/lib/generated/prisma/enums";
import { roleIn, type Actor } from "@/server/auth/actor";
import { countUpToCap } from "@/server/bounded-count";
import { canEditPostmortem, canManageTeam, canReview, canView, canWrite } from "@/server/policy";
import { hasAuthored } from "@/server/postmortems/workflow/authorship";
import { postmortemScope } from "@/server/postmortems/scope";

export const PAGE_SIZE = 20;

/** The list's key: (updatedAt, id), newest first. */
const listKeySchema = z
  .tuple([z.iso.datetime(), z.string().min(1).max(64)])
  .transform(([updatedAt, id]) => ({ updatedAt, id }));
type ListKey = z.output<typeof listKeySchema>;

const listSelect = {
  id: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  startedAt: true,
  updatedAt: true,
  incidentTimeZone: true,
  openFlagCount: true,
  owner: { select: { name: true } },
} satisfies Prisma.PostmortemSelect;

/**
 * One page of a team's postmortems, newest activity first, by keyset on
 * (updatedAt, id) (`lib/keyset.ts`; the indexes Postmortem (teamId[, status |
 * severity], updatedAt, id)). `cursor` is the URL's opaque cursor; anything
 * unreadable is the first page. The total is counted up to COUNT_CAP.
 */
export async function listTeamPostmortems(
  actor: Actor,
  teamId: string,
  options: {
    cursor?: string | undefined;
    status?: PostmortemStatus | undefined;
    severity?: Severity | undefined;
    flagged?: boolean | undefined;
  },
) {
  if (!canView(roleIn(actor, teamId)))
    throw new NotFoundError("Team not found", { entityType: "Team", entityId: teamId, action: "view" });
  // The team stays in every statement's WHERE: a cursor only says where to start.
  const filters = [
    Prisma.sql`"teamId" = ${teamId}`,
    ...(options.status ? [Prisma.sql`"status" = CAST(${options.status} AS "PostmortemStatus")`] : []),
    ...(options.severity ? [Prisma.sql`"severity" = CAST(${options.severity} AS "Severity")`] : []),
    ...(options.flagged ? [Prisma.sql`"openFlagCount" > 0`] : []),
  ];
  const where = Prisma.join(filters, " AND ");
  const fetchIds = async ({ direction, key, limit }: PagePlan<ListKey>) => {
    // The list runs newest first, so forward is descending.
    const after = key
      ? direction === "forward"
        ? Prisma.sql`AND ("updatedAt", "id") < (${key.updatedAt}::timestamptz, ${key.id})`
        : Prisma.sql`AND ("updatedAt", "id") > (${key.updatedAt}::timestamptz, ${key.id})`
      : Prisma.empty;
    const order =
      direction === "forward"
        ? Prisma.sql`"updatedAt" DESC, "id" DESC`
        : Prisma.sql`"updatedAt" ASC, "id" ASC`;
    return db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Postmortem" WHERE ${where} ${after} ORDER BY ${order} LIMIT ${limit}`;
  };
  const [page, total] = await Promise.all([
    keysetPage(
      decodeCursor(options.cursor, listKeySchema),
      PAGE_SIZE,
      async (plan) => {
        const ids = (await fetchIds(plan)).map((r) => r.id);
        const [rows, open] = await Promise.all([
          db.postmortem.findMany({ where: { teamId, id: { in: ids } }, select: listSelect }),
          // Prisma's relation _count aggregates every action item before joining
          // (1.5 s at 500k); grouping the page's ids uses (postmortemId, status).
          db.actionItem.groupBy({
            by: ["postmortemId"],
            where: { postmortemId: { in: ids }, status: { in: ["OPEN", "IN_PROGRESS"] } },
            _count: { _all: true },
          }),
        ]);
        const openCount = new Map(open.map((g) => [g.postmortemId, g._count._all]));
        return inIdOrder(ids, rows).map((row) => ({
          ...row,
          _count: { actionItems: openCount.get(row.id) ?? 0 },
        }));
      },
      (row) => [row.updatedAt.toISOString(), row.id],
    ),
    countUpToCap(Prisma.sql`FROM "Postmortem" WHERE ${where}`),
  ]);
  return { items: page.rows, links: page.links, total };
}

/** A postmortem with everything its page shows, or NotFoundError. */
export async function getPostmortem(actor: Actor, id: string) {
  const postmortem = await db.postmortem.findFirst({
    where: { AND: [{ id }, postmortemScope(actor)] },
    select: {
      id: true,
      number: true,
      title: true,
      summary: true,
      severity: true,
      status: true,
      visibility: true,
      incidentTimeZone: true,
      startedAt: true,
      detectedAt: true,
      acknowledgedAt: true,
      mitigatedAt: true,
      resolvedAt: true,
      customersAffected: true,
      usersAffected: true,
      impactDurationMinutes: true,
      revenueImpactMinor: true,
      impactCurrency: true,
      sloImpact: true,
      supportTickets: true,
      impactNotes: true,
      templateKey: true,
      template: { select: { name: true } },
      version: true,
      createdAt: true,
      updatedAt: true,
      publishedAt: true,
      team: {
        select: {
          id: true,
          name: true,
          slug: true,
          // For the blameless check's person names (buildFlagReport).
          memberships: { select: { user: { select: { name: true } } } },
        },
      },
      owner: { select: { id: true, name: true } },
      openFlagCount: true,
      sections: {
        select: {
          id: true,
          key: true,
          title: true,
          body: true,
          helpText: true,
          guidingQuestions: true,
          version: true,
          updatedAt: true,
          updatedBy: { select: { name: true } },
        },
        orderBy: { position: "asc" },
      },
      flagDismissals: {
        select: {
          id: true,
          location: true,
          ruleId: true,
          phrase: true,
          reason: true,
          createdAt: true,
          dismissedBy: { select: { name: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      factors: {
        select: { id: true, explanation: true, factor: { select: { name: true, category: true } } },
        orderBy: { createdAt: "asc" },
      },
      actionItems: {
        select: {
          id: true,
          title: true,
          type: true,
          priority: true,
          status: true,
          dueDate: true,
          ownerTeam: { select: { name: true } },
          ownerUser: { select: { name: true } },
        },
        orderBy: [{ status: "asc" }, { dueDate: "asc" }],
      },
      actors: {
        select: {
          id: true,
          kind: true,
          name: true,
          role: true,
          model: true,
          modelVersion: true,
          autonomy: true,
          permissionsGranted: true,
          permissionsInherited: true,
          inheritedFrom: true,
          permissionsNeeded: true,
          permissionsUsed: true,
          // What its actions touched, for the blast-radius summary.
          events: {
            where: { deletedAt: null },
            orderBy: { occurredAt: "asc" },
            select: {
              occurredAt: true,
              type: true,
              environment: true,
              crossedEnvironment: true,
              reversibility: true,
              resourcesTouched: true,
            },
          },
        },
        orderBy: [{ kind: "asc" }, { name: "asc" }],
      },
      // The pinned timeline, as the read view and the export show it (hidden ones left out).
      events: {
        where: { deletedAt: null, pinned: true, hidden: false },
        select: {
          id: true,
          occurredAt: true,
          endedAt: true,
          type: true,
          description: true,
          milestone: true,
          isDecisionPoint: true,
          actor: { select: { name: true, kind: true } },
          claims: { select: { statement: true, status: true }, orderBy: { createdAt: "asc" } },
        },
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      },
      _count: { select: { events: { where: { deletedAt: null } } } },
    },
  });
  if (!postmortem)
    throw new NotFoundError("Postmortem not found", {
      entityType: "Postmortem",
      entityId: id,
      action: "view",
    });
  const role = roleIn(actor, postmortem.team.id);
  // Authorship only decides the review moves, which exist only in review (the
  // server checks it again when the move is made).
  const isAuthor =
    postmortem.status === "IN_REVIEW" && canReview(role) ? await hasAuthored(db, id, actor.userId) : false;
  return {
    ...postmortem,
    viewer: {
      role,
      isAuthor,
      /** May write in this team (whatever the status). */
      canWrite: canWrite(role),
      /** May edit the content now (writer, and the status allows edits). */
      canEdit: canEditPostmortem(role, postmortem.status),
      isOwner: postmortem.owner.id === actor.userId,
      canManage: canManageTeam(role),
    },
  };
}

/** The actor's teams' postmortem counts, for the dashboard header. */
export async function countTeamPostmortems(actor: Actor, teamId: string) {
  if (!canView(roleIn(actor, teamId)))
    throw new NotFoundError("Team not found", { entityType: "Team", entityId: teamId, action: "view" });
  return db.postmortem.count({ where: { teamId } });
}

/**
 * The little every tab of a postmortem shows above its content (title,
 * status, zone, milestones) and what the viewer may do, or NotFoundError.
 */
export async function getPostmortemHeader(actor: Actor, id: string) {
  const postmortem = await db.postmortem.findFirst({
    where: { AND: [{ id }, postmortemScope(actor)] },
    select: {
      id: true,
      number: true,
      title: true,
      severity: true,
      status: true,
      incidentTimeZone: true,
      startedAt: true,
      detectedAt: true,
      acknowledgedAt: true,
      mitigatedAt: true,
      resolvedAt: true,
      version: true,
      team: { select: { id: true, name: true } },
    },
  });
  if (!postmortem)
    throw new NotFoundError("Postmortem not found", {
      entityType: "Postmortem",
      entityId: id,
      action: "view",
    });
  const role = roleIn(actor, postmortem.team.id);
  return {
    ...postmortem,
    viewer: {
      role,
      canWrite: canWrite(role),
      canEdit: canEditPostmortem(role, postmortem.status),
    },
  };
}
