import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { milestoneKeys, type MilestoneKey } from "@/lib/milestones";
import { packEvent, type EventCursor, type EventPage } from "@/lib/timeline/packed-events";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "@/lib/timeline/types";
import { roleIn, type Actor } from "@/server/auth/actor";
import { postmortemScope, requireVisiblePostmortem } from "@/server/postmortems/scope";
import { canEditPostmortem, canWrite } from "@/server/policy";

/** The columns a row, the filters and the visual timeline need (a partial event). */
const rowColumns = {
  id: true,
  occurredAt: true,
  endedAt: true,
  type: true,
  actorId: true,
  description: true,
  pinned: true,
  hidden: true,
  milestone: true,
  isDecisionPoint: true,
  crossedEnvironment: true,
  importBatchId: true,
  version: true,
} as const satisfies Prisma.TimelineEventSelect;

/** The event's own columns: the row's and what its details and editor show. */
const eventColumns = {
  ...rowColumns,
  knownAtTheTime: true,
  evidenceLinks: true,
  decisionKnown: true,
  decisionBelieved: true,
  decisionGoal: true,
  decisionPressures: true,
  decisionOptions: true,
  decisionRationale: true,
  resourcesTouched: true,
  environment: true,
  reversibility: true,
} as const satisfies Prisma.TimelineEventSelect;

type RowOnly = Prisma.TimelineEventGetPayload<{ select: typeof rowColumns }>;

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

/** A partial event: the row's fields, empty details (TimelineEventView.partial). */
function toPartialView(row: RowOnly & Pick<EventRow, "claims" | "guardrails">): TimelineEventView {
  return {
    ...toEventView({
      ...row,
      knownAtTheTime: "",
      evidenceLinks: [],
      decisionKnown: "",
      decisionBelieved: "",
      decisionGoal: "",
      decisionPressures: "",
      decisionOptions: "",
      decisionRationale: "",
      resourcesTouched: [],
      environment: null,
      reversibility: null,
    }),
    partial: true,
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
 *
 * With `first`, only the first events in time order (the page's first
 * window); `total` and `latestAt` still describe the whole timeline, and the
 * tab fetches the rest with getTimelineEvents after hydration.
 */
export async function getTimeline(actor: Actor, postmortemId: string, options: { first?: number } = {}) {
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
  const { first } = options;
  const [actors, events, summary] = await Promise.all([
    db.actor.findMany({
      where: { postmortemId },
      select: { id: true, kind: true, name: true, role: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
    loadEvents(postmortemId, first === undefined ? {} : { take: first, partial: true }),
    first === undefined
      ? null
      : db.timelineEvent.aggregate({
          where: { postmortemId, deletedAt: null },
          _count: { _all: true },
          _max: { occurredAt: true },
        }),
  ]);
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
    /** Every non-deleted event, also those not loaded (`first`). */
    total: summary ? summary._count._all : events.length,
    /** The last event's time (ISO), also when it is not loaded: the entry row counts from it. */
    latestAt: summary
      ? (summary._max.occurredAt?.toISOString() ?? null)
      : (events.at(-1)?.occurredAt ?? null),
    actors: actors as TimelineActor[],
    viewer: {
      role,
      canWrite: canWrite(role),
      canEdit: canEditPostmortem(role, postmortem.status),
    },
  };
}

/**
 * Events the timeline page sends with its HTML (and server-renders); the
 * rest load after hydration. About 1.3 KB of HTML and 0.3 KB of props each;
 * 50 rows fill more than the first screen below the visual timeline.
 */
export const FIRST_WINDOW = 50;

/** Largest page GET …/timeline/events answers. */
export const EVENT_PAGE_LIMIT = 1_000;

/**
 * The timeline's events after `after` in time order (ties by id), at most
 * `limit` (capped at EVENT_PAGE_LIMIT), in the compact wire form, and where
 * the next page starts; NotFoundError when the actor may not read the
 * postmortem. The timeline tab loads the events beyond its first window
 * with it once hydrated.
 */
export async function getTimelineEvents(
  actor: Actor,
  postmortemId: string,
  { after, limit = EVENT_PAGE_LIMIT }: { after: EventCursor | null; limit?: number },
): Promise<EventPage> {
  await requireVisiblePostmortem(db, actor, postmortemId);
  const take = Math.max(1, Math.min(limit, EVENT_PAGE_LIMIT));
  const events = await loadEvents(postmortemId, { after, take: take + 1, partial: true });
  const more = events.length > take;
  const page = more ? events.slice(0, take) : events;
  const last = page.at(-1);
  return {
    events: page.map(packEvent),
    next: more && last ? { at: last.occurredAt, id: last.id } : null,
  };
}

/**
 * One event in full (its details, for Details and Edit on a partial event), or
 * NotFoundError when the actor may not read the postmortem or it has no such event.
 */
export async function getTimelineEvent(
  actor: Actor,
  postmortemId: string,
  eventId: string,
): Promise<TimelineEventView> {
  await requireVisiblePostmortem(db, actor, postmortemId);
  const row = await db.timelineEvent.findFirst({
    where: { id: eventId, postmortemId, deletedAt: null },
    select: eventViewSelect,
  });
  if (!row)
    throw new NotFoundError("Event not found", {
      entityType: "TimelineEvent",
      entityId: eventId,
      action: "view",
    });
  return toEventView(row);
}

/**
 * Events in time order with their claims and guardrails: one round trip of
 * three parallel queries. `partial`: the row's columns only (about a quarter
 * of the cost per row on PGlite).
 */
async function loadEvents(
  postmortemId: string,
  { after, take, partial = false }: { after?: EventCursor | null; take?: number; partial?: boolean },
): Promise<TimelineEventView[]> {
  const at = after ? new Date(after.at) : null;
  const where: Prisma.TimelineEventWhereInput = {
    postmortemId,
    deletedAt: null,
    ...(after && at && { OR: [{ occurredAt: { gt: at } }, { occurredAt: at, id: { gt: after.id } }] }),
  };
  const [rows, claims, links] = await Promise.all([
    db.timelineEvent.findMany({
      where,
      select: partial ? rowColumns : eventColumns,
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      ...(take !== undefined && { take }),
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
  return rows.map((row) => {
    const joined = {
      claims: claimsByEvent.get(row.id) ?? [],
      guardrails: guardrailsByEvent.get(row.id) ?? [],
    };
    // The select above follows `partial`; Prisma types the row as the wider select.
    return partial
      ? toPartialView({ ...(row as RowOnly), ...joined })
      : toEventView({
          ...(row as Prisma.TimelineEventGetPayload<{ select: typeof eventColumns }>),
          ...joined,
        });
  });
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
