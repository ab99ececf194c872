import type { PermissionGaps } from "@/lib/permissions";
import { ScopeChip } from "./scope-chip";

/** The three gaps of a ledger, named and coloured; says so when there are none. */
export function LedgerGaps({
  gaps,
  inheritedFrom,
  inheritedExcess = [],
  live = false,
}: {
  gaps: PermissionGaps;
  inheritedFrom?: string | null;
  /** Excess scopes that came through inheritance, marked as such. */
  inheritedExcess?: string[];
  /** Announce changes while the ledger is being edited. */
  live?: boolean;
}) {
  const none = !gaps.excess.length && !gaps.usedNotNeeded.length && !gaps.missing.length;
  const rows = [
    {
      key: "excess",
      title: "Held but not needed",
      help: "Excess: granted or inherited, not needed for its task.",
      list: gaps.excess,
      mark: "excess" as const,
      tone: "border-red-200 bg-red-50/60",
    },
    {
      key: "used",
      title: "Used but not needed",
      help: "Used although its task did not need it.",
      list: gaps.usedNotNeeded,
      mark: "usedNotNeeded" as const,
      tone: "border-red-200 bg-red-50/60",
    },
    {
      key: "missing",
      title: "Needed but missing",
      help: "Needed for its task, but neither granted nor inherited.",
      list: gaps.missing,
      mark: "missing" as const,
      tone: "border-amber-200 bg-amber-50/60",
    },
  ].filter((r) => r.list.length > 0);
  const inherited = new Set(inheritedExcess.map((s) => s.toLowerCase()));

  return (
    <div aria-live={live ? "polite" : undefined} className="space-y-2">
      {none ? (
        <p className="text-sm text-emerald-800">
          No gaps: everything held is needed, and everything needed is held.
        </p>
      ) : (
        rows.map((r) => (
          <div key={r.key} className={`rounded-md border px-3 py-2 ${r.tone}`}>
            <p className="text-sm font-semibold text-stone-900">
              {r.title} ({r.list.length})
            </p>
            <p className="text-xs text-stone-600">{r.help}</p>
            <ul className="mt-1.5 flex flex-wrap gap-1.5">
              {r.list.map((s) => (
                <li key={s} className="max-w-full">
                  <ScopeChip scope={s} mark={r.mark} />
                  {r.key === "excess" && inherited.has(s.toLowerCase()) ? (
                    <span className="ml-1 text-xs text-stone-700">
                      inherited{inheritedFrom ? ` from ${inheritedFrom}` : ""}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </div>
  );
}
