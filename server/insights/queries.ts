import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { deriveDurations } from "@/lib/milestones";
import { summarize } from "@/lib/stats";
import { roleIn, type Actor } from "@/server/auth/actor";
import { canView } from "@/server/policy";

/** Incident metrics and recurring factors for one of the actor's teams. */
export async function getTeamInsights(actor: Actor, teamId: string) {
  if (!canView(roleIn(actor, teamId)))
    throw new NotFoundError("Team not found", { entityType: "Team", entityId: teamId, action: "view" });
  const [postmortems, factorCounts, openActions] = await Promise.all([
    db.postmortem.findMany({
      where: { teamId, status: { not: "NOT_REQUIRED" } },
      select: {
        startedAt: true,
        detectedAt: true,
        acknowledgedAt: true,
        mitigatedAt: true,
        resolvedAt: true,
      },
    }),
    db.postmortemFactor.groupBy({
      by: ["factorId"],
      where: { postmortem: { teamId } },
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
  const durations = postmortems.map(deriveDurations);
  const metrics = (durations[0] ?? deriveDurations({})).map((d, i) => ({
    key: d.key,
    label: d.label,
    definition: d.definition,
    summary: summarize(durations.map((row) => row[i]!.ms).filter((ms): ms is number => ms != null)),
  }));
  return {
    postmortemCount: postmortems.length,
    openActions,
    metrics,
    topFactors: factorCounts.map((f) => ({ ...byId.get(f.factorId)!, count: f._count._all })),
  };
}
