import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { milestoneKeys, type MilestoneKey } from "@/lib/milestones";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "@/lib/timeline/types";
import { roleIn, type Actor } from "@/server/auth/actor";
import { postmortemScope } from "@/server/postmortems/scope";
import { canEditPostmortem, canWrite } from "@/server/policy";

/** The event's own columns. */
const eventColumns = {
  id: true,
  occurredAt: true,
  endedAt: true,
  type: true,
  actorId: true,
  description: true,
  knownAtTheTime: true,
  evidenceLinks: true,
  pinned: true,
  hidden: true,
  milestone: true,
  isDecisionPoint: true,
  decisionKnown: true,
  decisionBelieved: true,
  decisionGoal: true,
  decisionPressures: true,
  decisionOptions: true,
  decisionRationale: true,
  resourcesTouched: true,
  environment: true,
  crossedEnvironment: true,
  reversibility: true,
  importBatchId: true,
  version: true,
} as const satisfies Prisma.TimelineEventSelect;

/** Everything one event row shows, claims and guardrails included (no N+1: nested selects). */
export const eventViewSelect = {
  ...eventColumns,
  claims: { select: { id: true, statement: true, status: true }, orderBy: { createdAt: "asc" } },
  guardrails: { select: { guardrail: { select: { id: true, name: true, state: true } } } },
} as const satisfies Prisma.TimelineEventSelect;

type EventRow = Prisma.TimelineEventGetPayload<{ select: typeof eventViewSelect }>;

function evidenceLinksOf(value: Prisma.JsonValue): TimelineEventView["evidenceLinks"] {
  if (!Array.isArray(value)) return [];
  const links: TimelineEventView["evidenceLinks"] = [];
  for (const item of value) {
    if (item && typeof item === "object" && !Array.isArray(item) && typeof item.url === "string")
      links.push(
        typeof item.label === "string" && item.label
          ? { url: item.url, label: item.label }
          : { url: item.url },
      );
  }
  return links;
}

export function toEventView(row: EventRow): TimelineEventView {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    type: row.type,
    actorId: row.actorId,
    description: row.description,
    knownAtTheTime: row.knownAtTheTime,
    evidenceLinks: evidenceLinksOf(row.evidenceLinks),
    pinned: row.pinned,
    hidden: row.hidden,
    milestone: row.milestone,
    isDecisionPoint: row.isDecisionPoint,
    decision: {
      known: row.decisionKnown,
      believed: row.decisionBelieved,
      goal: row.decisionGoal,
      pressures: row.decisionPressures,
      options: row.decisionOptions,
      rationale: row.decisionRationale,
    },
    blastRadius: {
      resourcesTouched: row.resourcesTouched,
      environment: row.environment,
      crossedEnvironment: row.crossedEnvironment,
      reversibility: row.reversibility,
    },
    claims: row.claims,
    guardrails: row.guardrails.map((g) => g.guardrail),
    importBatchId: row.importBatchId,
    version: row.version,
  };
}

export function toMilestoneTimes(row: Record<MilestoneKey, Date | null>): MilestoneTimes {
  return Object.fromEntries(milestoneKeys.map((k) => [k, row[k]?.toISOString() ?? null])) as MilestoneTimes;
}

export const milestonesSelect = {
  startedAt: true,
  detectedAt: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
} as const;

/**
 * The timeline tab: the postmortem's header, its non-deleted events in time
 * order with their claims and guardrails, its actors, milestones and what the
 * viewer may do, or NotFoundError. Two round trips whatever the number of
 * events: the scoped postmortem, then events, claims, guardrail links and
 * actors in parallel, each by postmortem id (no IN list of 2,000 event ids).
 */
export async function getTimeline(actor: Actor, postmortemId: string) {
  const postmortem = await db.postmortem.findFirst({
    where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      severity: true,
      incidentTimeZone: true,
      ...milestonesSelect,
      team: { select: { id: true, name: true } },
    },
  });
  if (!postmortem)
    throw new NotFoundError("Postmortem not found", {
      entityType: "Postmortem",
      entityId: postmortemId,
      action: "view",
    });
  const [actors, rows, claims, links] = await Promise.all([
    db.actor.findMany({
      where: { postmortemId },
      select: { id: true, kind: true, name: true, role: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
    db.timelineEvent.findMany({
      where: { postmortemId, deletedAt: null },
      select: eventColumns,
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    }),
    db.claim.findMany({
      where: { postmortemId, eventId: { not: null } },
      select: { id: true, statement: true, status: true, eventId: true },
      orderBy: { createdAt: "asc" },
    }),
    db.guardrailEvent.findMany({
      where: { guardrail: { postmortemId } },
      select: { eventId: true, guardrail: { select: { id: true, name: true, state: true } } },
    }),
  ]);
  const claimsByEvent = groupBy(
    claims,
    (c) => c.eventId!,
    ({ id, statement, status }) => ({ id, statement, status }),
  );
  const guardrailsByEvent = groupBy(
    links,
    (l) => l.eventId,
    (l) => ({ guardrail: l.guardrail }),
  );
  const events = rows.map((row) =>
    toEventView({
      ...row,
      claims: claimsByEvent.get(row.id) ?? [],
      guardrails: guardrailsByEvent.get(row.id) ?? [],
    }),
  );
  const role = roleIn(actor, postmortem.team.id);
  return {
    postmortem: {
      id: postmortem.id,
      number: postmortem.number,
      title: postmortem.title,
      status: postmortem.status,
      severity: postmortem.severity,
      incidentTimeZone: postmortem.incidentTimeZone,
      team: postmortem.team,
    },
    milestones: toMilestoneTimes(postmortem),
    events,
    actors: actors as TimelineActor[],
    viewer: {
      role,
      canWrite: canWrite(role),
      canEdit: canEditPostmortem(role, postmortem.status),
    },
  };
}

function groupBy<T, V>(items: T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(value(item));
    else map.set(k, [value(item)]);
  }
  return map;
}

export type Timeline = Awaited<ReturnType<typeof getTimeline>>;
