import Link from "next/link";
import { statuses, statusLabels } from "@/lib/schemas/postmortems";
import { describeSeverity, levelsInUse, type SeverityScale } from "@/lib/severity";

export type ListFilter = { status?: string | undefined; severity?: string | undefined; flagged: boolean };

/** The list's URL for `filter` with `change` applied: filters combine, each link keeps the others. */
export function listHref(
  filter: ListFilter,
  change: { status?: string | null; severity?: string | null; flagged?: boolean } = {},
) {
  const status = change.status === undefined ? filter.status : change.status;
  const severity = change.severity === undefined ? filter.severity : change.severity;
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (severity) params.set("severity", severity);
  if (change.flagged ?? filter.flagged) params.set("flagged", "1");
  const search = params.toString();
  return search ? `/postmortems?${search}` : "/postmortems";
}

/** Status and severity filters of the postmortem list, the severities from the organisation's scale. */
export function ListFilters({ filter, scale }: { filter: ListFilter; scale: SeverityScale }) {
  const href = (change: Parameters<typeof listHref>[1]) => listHref(filter, change);
  const chosen = filter.severity ? describeSeverity(scale, filter.severity) : null;
  const levels = levelsInUse(scale).map((l) => ({ ...l, inScale: true }));
  if (chosen && !chosen.inScale) levels.push(chosen);
  return (
    <>
      <nav aria-label="Filter by status" className="mb-2 flex flex-wrap gap-2 text-sm">
        <FilterLink href={href({ status: null, flagged: false })} active={!filter.status && !filter.flagged}>
          All
        </FilterLink>
        {statuses.map((s) => (
          <FilterLink key={s} href={href({ status: s, flagged: false })} active={filter.status === s}>
            {statusLabels[s]}
          </FilterLink>
        ))}
        <FilterLink href={href({ status: null, flagged: true })} active={filter.flagged}>
          With open language flags
        </FilterLink>
      </nav>
      <nav aria-label="Filter by severity" className="mb-4 flex flex-wrap gap-2 text-sm">
        <FilterLink href={href({ severity: null })} active={!filter.severity}>
          Any severity
        </FilterLink>
        {levels.map((level) => (
          <FilterLink
            key={level.value}
            href={href({ severity: level.value })}
            active={filter.severity === level.value}
          >
            {level.value} · {level.label}
            {level.inScale ? "" : " (off scale)"}
          </FilterLink>
        ))}
      </nav>
    </>
  );
}

function FilterLink({
  href,
  active,
  children,
}: {
  href: string;
  active: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className={
        active
          ? "rounded-full bg-stone-900 px-3 py-1 text-white"
          : "rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-700 hover:bg-stone-100"
      }
    >
      {children}
    </Link>
  );
}
