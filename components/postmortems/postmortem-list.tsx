import Link from "next/link";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { describeSeverity, type SeverityScale } from "@/lib/severity";
import { formatInZone } from "@/lib/time";

type Item = {
  id: string;
  number: number;
  title: string;
  severity: string;
  status: string;
  startedAt: Date | null;
  updatedAt: Date;
  incidentTimeZone: string;
  owner: { name: string };
  openFlagCount: number;
  _count: { actionItems: number };
};

export function PostmortemList({ items, scale }: { items: Item[]; scale: SeverityScale }) {
  return (
    <ul
      className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white"
      aria-label="Postmortems"
    >
      {items.map((p) => (
        <li
          key={p.id}
          className="flex flex-col gap-2 px-4 py-3 hover:bg-stone-50 sm:flex-row sm:items-center sm:gap-4"
        >
          <div className="flex shrink-0 items-center gap-2">
            <SeverityBadge severity={describeSeverity(scale, p.severity)} compact />
            <StatusBadge status={p.status} />
          </div>
          <div className="min-w-0 flex-1">
            <Link href={`/postmortems/${p.id}`} className="font-medium text-stone-900 hover:underline">
              <span className="mr-2 text-stone-600">INC-{p.number}</span>
              {p.title}
            </Link>
            <p className="text-xs text-stone-600">
              {p.startedAt ? `Started ${formatInZone(p.startedAt, p.incidentTimeZone)} · ` : ""}
              Owner: {p.owner.name}
            </p>
          </div>
          <div className="shrink-0 text-right text-xs text-stone-600">
            {p.openFlagCount > 0 ? (
              <span className="block font-medium text-amber-800">
                {p.openFlagCount} language {p.openFlagCount === 1 ? "flag" : "flags"}
              </span>
            ) : null}
            {p._count.actionItems > 0
              ? `${p._count.actionItems} open action ${p._count.actionItems === 1 ? "item" : "items"}`
              : ""}
          </div>
        </li>
      ))}
    </ul>
  );
}
