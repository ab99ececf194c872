import { Pill } from "@/components/ui/badges";
import { isOverdue } from "@/lib/action-items";
import type { PostmortemViewData } from "./postmortem-view-data";
import { SidebarPanel } from "./sidebar-panel";

const actionStatus: Record<string, { label: string; tone: "stone" | "sky" | "emerald" | "amber" }> = {
  OPEN: { label: "Open", tone: "stone" },
  IN_PROGRESS: { label: "In progress", tone: "sky" },
  DONE: { label: "Done", tone: "emerald" },
  WONT_DO: { label: "Won't do", tone: "amber" },
};

/** The action items with their status, type, priority, due date and owner. */
export function ActionItemsPanel({ items }: { items: PostmortemViewData["actionItems"] }) {
  return (
    <SidebarPanel title={`Action items (${items.length})`}>
      {items.length === 0 ? (
        <p className="text-sm text-stone-500">No action items yet.</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {items.map((a) => {
            const overdue = isOverdue(a);
            const st = actionStatus[a.status] ?? { label: a.status, tone: "stone" as const };
            return (
              <li key={a.id}>
                <p className="font-medium">{a.title}</p>
                <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-stone-600">
                  <Pill tone={st.tone}>{st.label}</Pill>
                  <Pill>{a.type.toLowerCase()}</Pill>
                  <Pill>{a.priority.toLowerCase()}</Pill>
                  {a.dueDate ? (
                    <span className={overdue ? "font-medium text-red-700" : undefined}>
                      due {a.dueDate.toISOString().slice(0, 10)}
                      {overdue ? " (overdue)" : ""}
                    </span>
                  ) : null}
                </p>
                <p className="text-xs text-stone-500">
                  {[a.ownerTeam?.name, a.ownerUser?.name].filter(Boolean).join(" · ") || "No owner"}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </SidebarPanel>
  );
}
