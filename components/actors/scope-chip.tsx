import { cx } from "@/components/ui/styles";
import type { ScopeMark } from "@/lib/permissions";

export const markStyles: Record<Exclude<ScopeMark, null>, { tag: string; label: string }> = {
  excess: { tag: "bg-red-50 text-red-900 ring-red-300", label: "not needed" },
  usedNotNeeded: { tag: "bg-red-50 text-red-900 ring-red-300", label: "used, not needed" },
  missing: { tag: "bg-amber-50 text-amber-950 ring-amber-300", label: "missing" },
};

/** One scope as a chip; gaps are coloured and named (not colour alone). */
export function ScopeChip({ scope, mark }: { scope: string; mark: ScopeMark }) {
  return (
    <span
      className={cx(
        "inline-flex max-w-full items-center gap-1 rounded-md px-1.5 py-0.5 font-mono text-xs ring-1 ring-inset",
        mark ? markStyles[mark].tag : "bg-stone-100 text-stone-800 ring-stone-200",
      )}
    >
      <span className="break-all">{scope}</span>
      {mark ? (
        <span className="font-sans text-[0.7rem] font-semibold whitespace-nowrap uppercase">
          · {markStyles[mark].label}
        </span>
      ) : null}
    </span>
  );
}
