import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDuration } from "@/lib/time";
import { requireActor } from "@/server/auth/session";
import { getTeamInsights } from "@/server/insights/queries";
import { getCurrentTeam } from "@/server/teams/current";

export const metadata: Metadata = { title: "Insights · Kintsugi" };

const fmt = (ms: number | null) => (ms == null ? "—" : formatDuration(ms));

export default async function InsightsPage() {
  const actor = await requireActor();
  const team = await getCurrentTeam(actor);
  if (!team)
    return <EmptyState title="You are not in a team yet">Insights are computed per team.</EmptyState>;
  const insights = await getTeamInsights(actor, team.teamId);
  return (
    <>
      <PageHeader
        title="Insights"
        description={`${team.teamName} · ${insights.postmortemCount} postmortems · ${insights.openActions} open action items`}
      />
      {insights.postmortemCount === 0 ? (
        <EmptyState title="No incidents to learn from yet">
          Metrics appear once postmortems have milestones.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <section className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <h2 className="border-b border-stone-100 px-4 py-3 text-sm font-semibold uppercase tracking-wide text-stone-600">
              Response times
            </h2>
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-stone-500">
                <tr>
                  <th className="px-4 py-2 font-medium">Metric</th>
                  <th className="px-4 py-2 font-medium">Median</th>
                  <th className="px-4 py-2 font-medium">p90</th>
                  <th className="px-4 py-2 font-medium">Mean</th>
                  <th className="px-4 py-2 font-medium">n</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {insights.metrics.map((m) => (
                  <tr key={m.key}>
                    <td className="px-4 py-2">
                      {m.label}
                      <span className="block text-xs text-stone-500">{m.definition}</span>
                    </td>
                    <td className="px-4 py-2 font-medium">{fmt(m.summary.median)}</td>
                    <td className="px-4 py-2">{fmt(m.summary.p90)}</td>
                    <td className="px-4 py-2">{fmt(m.summary.mean)}</td>
                    <td className="px-4 py-2 text-stone-500">{m.summary.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="rounded-lg border border-stone-200 bg-white">
            <h2 className="border-b border-stone-100 px-4 py-3 text-sm font-semibold uppercase tracking-wide text-stone-600">
              Recurring contributing factors
            </h2>
            {insights.topFactors.length === 0 ? (
              <p className="px-4 py-6 text-sm text-stone-500">No factors tagged yet.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm">
                {insights.topFactors.map((f) => (
                  <li key={f.id} className="flex items-center justify-between gap-2 px-4 py-2">
                    <span>
                      {f.name} <span className="text-xs text-stone-500">({f.category})</span>
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
