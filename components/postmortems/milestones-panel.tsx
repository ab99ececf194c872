import {
  checkMilestoneOrder,
  deriveDurations,
  milestoneKeys,
  milestoneLabels,
  type MilestoneKey,
} from "@/lib/milestones";
import { formatDuration, formatInZone } from "@/lib/time";
import type { PostmortemViewData } from "./postmortem-view-data";
import { SidebarPanel } from "./sidebar-panel";

/** The milestones in the incident's time zone, any that are out of order, and the durations between them. */
export function MilestonesPanel({
  postmortem: p,
}: {
  postmortem: Pick<PostmortemViewData, "incidentTimeZone" | MilestoneKey>;
}) {
  const zone = p.incidentTimeZone;
  const durations = deriveDurations(p);
  const orderIssues = checkMilestoneOrder(p);
  return (
    <SidebarPanel title="Milestones">
      <dl className="space-y-1 text-sm">
        {milestoneKeys.map((k) => (
          <div key={k} className="flex justify-between gap-2">
            <dt className="text-stone-600">{milestoneLabels[k]}</dt>
            <dd className="text-right">
              {p[k] ? formatInZone(p[k], zone) : <span className="text-stone-600">not set</span>}
            </dd>
          </div>
        ))}
      </dl>
      {orderIssues.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm text-red-700">
          {orderIssues.map((i) => (
            <li key={i.field}>{i.message}</li>
          ))}
        </ul>
      ) : null}
      <dl className="mt-3 space-y-1 border-t border-stone-100 pt-3 text-sm">
        {durations.map((d) => (
          <div key={d.key} className="flex justify-between gap-2">
            <dt>
              {d.label}
              <span className="block text-xs text-stone-500">{d.definition}</span>
            </dt>
            <dd className="font-medium">{d.ms != null ? formatDuration(d.ms) : "—"}</dd>
          </div>
        ))}
      </dl>
    </SidebarPanel>
  );
}
