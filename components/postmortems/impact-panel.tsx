import { Markdown } from "@/components/ui/markdown";
import { impactRows, type ImpactFields } from "@/lib/impact";
import type { PostmortemViewData } from "./postmortem-view-data";
import { SidebarPanel } from "./sidebar-panel";

/** The recorded impact figures and notes. */
export function ImpactPanel({
  postmortem: p,
}: {
  postmortem: ImpactFields & Pick<PostmortemViewData, "impactNotes">;
}) {
  const impact = impactRows(p);
  return (
    <SidebarPanel title="Impact">
      {impact.length === 0 && !p.impactNotes ? (
        <p className="text-sm text-stone-500">No impact recorded yet.</p>
      ) : (
        <dl className="space-y-1 text-sm">
          {impact.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-2">
              <dt className="text-stone-600">{label}</dt>
              <dd className="text-right font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {p.impactNotes ? (
        <div className="mt-2 text-sm">
          <Markdown>{p.impactNotes}</Markdown>
        </div>
      ) : null}
    </SidebarPanel>
  );
}
