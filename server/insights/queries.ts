import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { deriveDurations } from "@/lib/milestones";
import { severityValues } from "@/lib/severity";
import type { Summary } from "@/lib/stats";
import { roleIn, type Actor } from "@/server/auth/actor";
import { canView } from "@/server/policy";

/**
 * Incident metrics and recurring factors for one of the actor's teams.
 *
 * What is counted: every postmortem of the team (`total`, the number the
 * postmortem list shows under "All") except those marked "not required"
 * (`notRequired`): response times, severities and factors come from the
 * `counted` rest. Open action items count every postmortem's, as the
 * action-item list does.
 *
 * Every figure is computed by the database; no postmortem row is read into
 * the app (a team may have 100k of them).
 */
export async function getTeamInsights(
  actor: Actor,
  teamId: string,
  options: { maxAgeMs?: number; now?: number } = {},
) {
  if (!canView(roleIn(actor, teamId)))
    throw new NotFoundError("Team not found", { entityType: "Team", entityId: teamId, action: "view" });
  const { maxAgeMs = 0, now = Date.now() } = options;
  if (maxAgeMs <= 0) return computeTeamInsights(teamId, now);
  return recentInsights(teamId, maxAgeMs, now);
}

export type TeamInsights = Awaited<ReturnType<typeof computeTeamInsights>>;

// The insights page may show figures up to a minute old (it says when they
// were computed): every figure scans all of a team's postmortems, action
// items and factor links, a few hundred ms of database time at 100,000
// postmortems, so requests for one team share one computation (also while it
// runs) until the minute is over or a postmortem of the team changes (the
// newest updatedAt, one index probe, is checked on every request). Changes to
// action items and factor links alone show within the minute. Per app server;
// the access check above runs on every request, the cache only holds a team's
// figures.
type Recent = { at: number; stamp: string; insights: Promise<TeamInsights> };
const recent = new Map<string, Recent>();
const RECENT_TEAMS = 200;

async function recentInsights(teamId: string, maxAgeMs: number, now: number): Promise<TeamInsights> {
  const [{ stamp }] = await db.$queryRaw<[{ stamp: string }]>`
    SELECT coalesce(max("updatedAt")::text, '') AS stamp FROM "Postmortem" WHERE "teamId" = ${teamId}`;
  const hit = recent.get(teamId);
  if (hit && hit.stamp === stamp && now - hit.at < maxAgeMs) return hit.insights;
  const insights = computeTeamInsights(teamId, now);
  recent.delete(teamId);
  recent.set(teamId, { at: now, stamp, insights });
  // A failed computation is not kept.
  insights.catch(() => {
    if (recent.get(teamId)?.insights === insights) recent.delete(teamId);
  });
  if (recent.size > RECENT_TEAMS) recent.delete(recent.keys().next().value!);
  return insights;
}

async function computeTeamInsights(teamId: string, now: number) {
  const counted = { teamId, status: { not: "NOT_REQUIRED" as const } };
  const [[row], factorCounts, openActions] = await Promise.all([
    db.$queryRaw<[PostmortemAggregates]>(postmortemAggregates(teamId)),
    db.postmortemFactor.groupBy({
      by: ["factorId"],
      where: { postmortem: counted },
      _count: { _all: true },
      orderBy: { _count: { factorId: "desc" } },
      take: 10,
    }),
    db.actionItem.count({ where: { postmortem: { teamId }, status: { in: ["OPEN", "IN_PROGRESS"] } } }),
  ]);
  const factors = await db.contributingFactor.findMany({
    where: { id: { in: factorCounts.map((f) => f.factorId) } },
    select: { id: true, name: true, category: true },
  });
  const byId = new Map(factors.map((f) => [f.id, f]));
  const metrics = deriveDurations({}).map((d) => ({
    key: d.key,
    label: d.label,
    definition: d.definition,
    summary: summaryOf(row, d.key),
  }));
  // As before: only the levels that occur.
  const bySeverity: Record<string, number> = {};
  for (const [level, n] of Object.entries(row.bySeverity)) if (n > 0) bySeverity[level] = n;
  return {
    /** When these figures were computed. */
    computedAt: new Date(now),
    /** Every postmortem of the team: the list's "All". */
    total: row.total,
    /** The ones the metrics, severities and factors count. */
    postmortemCount: row.total - row.notRequired,
    /** Marked "not required": left out of the metrics. */
    notRequired: row.notRequired,
    bySeverity,
    openActions,
    metrics,
    topFactors: factorCounts.map((f) => ({ ...byId.get(f.factorId)!, count: f._count._all })),
  };
}

type MetricKey = "ttd" | "tta" | "ttm" | "ttr";
type PostmortemAggregates = Record<MetricKey, Summary> & {
  total: number;
  notRequired: number;
  bySeverity: Record<string, number>;
};

function summaryOf(row: PostmortemAggregates, key: string): Summary {
  if (key === "ttd" || key === "tta" || key === "ttm" || key === "ttr") return row[key];
  throw new Error(`Insights: no SQL aggregate for the duration "${key}"`);
}

/**
 * The statistics of one duration (ms, null where a milestone is missing) over
 * the counted postmortems, with lib/stats.ts `summarize`'s meaning: median =
 * average of the two middle values for an even count (percentile_cont), p90 =
 * nearest rank (percentile_disc: the first value whose rank reaches 90%).
 * Aggregates skip nulls. The durations are float8 whole milliseconds, so the
 * mean and median are the same floating-point numbers JavaScript computes
 * from them. Returned as JSON, so no numeric or bigint comes back as a string
 * (node-postgres and PGlite differ there).
 */
const summary = (ms: Prisma.Sql) => Prisma.sql`json_build_object(
    'count', count(${ms}) FILTER (WHERE p.counted),
    'mean', avg(${ms}) FILTER (WHERE p.counted),
    'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY ${ms}) FILTER (WHERE p.counted),
    'p90', percentile_disc(0.9) WITHIN GROUP (ORDER BY ${ms}) FILTER (WHERE p.counted))`;

/**
 * One pass over the team's postmortems: the totals, counted postmortems per
 * severity and the four durations of lib/milestones.ts `deriveDurations`
 * (milestone − started, null when either is missing, negative kept).
 * `date_part` is float8 arithmetic (EXTRACT would be numeric, about twice as
 * slow over 100k rows); the milestones have millisecond precision, so
 * rounding gives the exact milliseconds.
 */
function postmortemAggregates(teamId: string) {
  const perSeverity = severityValues.map(
    (level) =>
      Prisma.sql`${level}::text, count(*) FILTER (WHERE p.counted AND p."severity"::text = ${level})`,
  );
  return Prisma.sql`
    SELECT count(*)::int AS "total",
           count(*) FILTER (WHERE NOT p.counted)::int AS "notRequired",
           json_build_object(${Prisma.join(perSeverity)}) AS "bySeverity",
           ${summary(Prisma.sql`p.ttd`)} AS "ttd",
           ${summary(Prisma.sql`p.tta`)} AS "tta",
           ${summary(Prisma.sql`p.ttm`)} AS "ttm",
           ${summary(Prisma.sql`p.ttr`)} AS "ttr"
    FROM (
      SELECT "status" <> 'NOT_REQUIRED' AS counted,
             "severity",
             round(date_part('epoch', "detectedAt" - "startedAt") * 1000) AS ttd,
             round(date_part('epoch', "acknowledgedAt" - "startedAt") * 1000) AS tta,
             round(date_part('epoch', "mitigatedAt" - "startedAt") * 1000) AS ttm,
             round(date_part('epoch', "resolvedAt" - "startedAt") * 1000) AS ttr
      FROM "Postmortem"
      WHERE "teamId" = ${teamId}
    ) AS p`;
}
