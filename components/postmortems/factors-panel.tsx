import { Markdown } from "@/components/ui/markdown";
import type { PostmortemViewData } from "./postmortem-view-data";
import { SidebarPanel } from "./sidebar-panel";

/** The contributing factors tagged on the postmortem, with their explanations. */
export function FactorsPanel({ factors }: { factors: PostmortemViewData["factors"] }) {
  return (
    <SidebarPanel title={`Contributing factors (${factors.length})`}>
      {factors.length === 0 ? (
        <p className="text-sm text-stone-500">No contributing factors tagged yet.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {factors.map((f) => (
            <li key={f.id}>
              <span className="font-medium">{f.factor.name}</span>
              <span className="ml-1 text-xs text-stone-500">({f.factor.category})</span>
              {f.explanation ? (
                <div className="text-stone-600">
                  <Markdown compact>{f.explanation}</Markdown>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </SidebarPanel>
  );
}
