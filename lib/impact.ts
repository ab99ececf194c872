// The impact fields of a postmortem as labelled, formatted rows (only those set).
import { formatDuration } from "./time";

export type ImpactFields = {
  customersAffected: number | null;
  usersAffected: number | null;
  impactDurationMinutes: number | null;
  revenueImpactMinor: bigint | null;
  impactCurrency: string | null;
  sloImpact: string | null;
  supportTickets: number | null;
};

export function impactRows(p: ImpactFields): [label: string, value: string][] {
  const rows: [string, string | undefined][] = [
    ["Customers affected", p.customersAffected?.toLocaleString("en")],
    ["Users affected", p.usersAffected?.toLocaleString("en")],
    [
      "Impact duration",
      p.impactDurationMinutes != null ? formatDuration(p.impactDurationMinutes * 60_000) : undefined,
    ],
    [
      "Revenue impact",
      p.revenueImpactMinor != null
        ? new Intl.NumberFormat("en", { style: "currency", currency: p.impactCurrency ?? "USD" }).format(
            Number(p.revenueImpactMinor) / 100,
          )
        : undefined,
    ],
    ["SLO impact", p.sloImpact ?? undefined],
    ["Support tickets", p.supportTickets?.toLocaleString("en")],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}
