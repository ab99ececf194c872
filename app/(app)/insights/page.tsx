import type { Metadata } from "next";
import { CountedNote } from "@/components/insights/counted-note";
import { SeverityBreakdown } from "@/components/insights/severity-breakdown";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDuration } from "@/lib/time";
import { requireActor } from "@/server/auth/session";
import { getTeamInsights } from "@/server/insights/queries";
import { getSeverityScale } from "@/server/settings/severity";
import { getCurrentTeam } from "@/server/teams/current";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Insights · Kintsugi" };

const fmt = (ms: number | null) => (ms == null ? "—" : formatDuration(ms));

/** Figures may be this old: a team's requests within it share one computation. */
const INSIGHTS_MAX_AGE_MS = 60_000;

export default async function InsightsPage() {
  const actor = await requireActor();
  const team = await getCurrentTeam(actor);
  if (!team)
    return (
      <EmptyState level={1} title="You are not in a team yet">
        Insights are computed per team.
      </EmptyState>
    );
  const [insights, scale] = await Promise.all([
    getTeamInsights(actor, team.teamId, { maxAgeMs: INSIGHTS_MAX_AGE_MS }),
    getSeverityScale(),
  ]);
  const heading =
    "border-b border-stone-100 px-4 py-3 text-sm font-semibold uppercase tracking-wide text-stone-600";
  return (
    <>
      <PageHeader
        title="Insights"
        description={`${team.teamName} · ${insights.total} ${insights.total === 1 ? "postmortem" : "postmortems"} · ${insights.openActions} open action items`}
      />
      {insights.total > 0 ? (
        <CountedNote
          total={insights.total}
          counted={insights.postmortemCount}
          notRequired={insights.notRequired}
          computedAt={insights.computedAt}
        />
      ) : null}
      {insights.postmortemCount === 0 ? (
        <EmptyState title="No incidents to learn from yet">
          {insights.total > 0
            ? "Every postmortem of the team is marked “not required”."
            : "Metrics appear once postmortems have milestones."}
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="response-times" className="rounded-lg border border-stone-200 bg-white">
            <h2 id="response-times" className={heading}>
              Response times
            </h2>
            <ScrollRegion label="Response times table">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">
                  Median, 90th percentile and mean per metric; n is the number of postmortems with both
                  milestones set.
                </caption>
                <thead className="text-xs text-stone-600">
                  <tr>
                    <th className="px-4 py-2 font-medium">Metric</th>
                    <th className="px-4 py-2 font-medium">Median</th>
                    <th className="px-4 py-2 font-medium">p90</th>
                    <th className="px-4 py-2 font-medium">Mean</th>
                    <th className="px-4 py-2 font-medium">
                      <abbr title="postmortems with both milestones set">n</abbr>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {insights.metrics.map((m) => (
                    <tr key={m.key}>
                      <td className="px-4 py-2">
                        {m.label}
                        <span className="block text-xs text-stone-600">{m.definition}</span>
                      </td>
                      <td className="px-4 py-2 font-medium">{fmt(m.summary.median)}</td>
                      <td className="px-4 py-2">{fmt(m.summary.p90)}</td>
                      <td className="px-4 py-2">{fmt(m.summary.mean)}</td>
                      <td className="px-4 py-2 text-stone-600">{m.summary.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          <SeverityBreakdown scale={scale} counts={insights.bySeverity} />
          <section
            aria-labelledby="recurring-factors"
            className="rounded-lg border border-stone-200 bg-white"
          >
            <h2 id="recurring-factors" className={heading}>
              Recurring contributing factors
            </h2>
            {insights.topFactors.length === 0 ? (
              <p className="px-4 py-6 text-sm text-stone-600">No factors tagged yet.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm">
                {insights.topFactors.map((f) => (
                  <li key={f.id} className="flex items-center justify-between gap-2 px-4 py-2">
                    <span>
                      {f.name} <span className="text-xs text-stone-600">({f.category})</span>
                    </span>
                    <span className="font-medium">{f.count}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
