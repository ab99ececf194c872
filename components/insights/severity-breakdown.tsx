import { SeverityBadge } from "@/components/ui/badges";
import { describeSeverity, levelsInUse, severityValues, type SeverityScale } from "@/lib/severity";

/** Counted postmortems per level of the organisation's scale (and any level it no longer uses). */
export function SeverityBreakdown({
  scale,
  counts,
}: {
  scale: SeverityScale;
  counts: Record<string, number>;
}) {
  const inUse = levelsInUse(scale).map((l) => l.value as string);
  const shown = severityValues.filter((v) => inUse.includes(v) || (counts[v] ?? 0) > 0);
  return (
    <section aria-labelledby="by-severity" className="rounded-lg border border-stone-200 bg-white">
      <h2
        id="by-severity"
        className="border-b border-stone-100 px-4 py-3 text-sm font-semibold uppercase tracking-wide text-stone-600"
      >
        By severity
      </h2>
      <ul className="divide-y divide-stone-100 text-sm">
        {shown.map((value) => {
          const info = describeSeverity(scale, value);
          return (
            <li key={value} className="flex items-center justify-between gap-2 px-4 py-2">
              <span className="flex min-w-0 flex-wrap items-center gap-2">
                <SeverityBadge severity={info} />
                <span className="text-xs text-stone-600">{info.description}</span>
              </span>
              <span className="font-medium">{counts[value] ?? 0}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
