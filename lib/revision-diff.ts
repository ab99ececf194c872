// Compares two revision snapshots field by field and section by section.
import type { RevisionSnapshot } from "./schemas/workflow";
import { statusLabels } from "./schemas/postmortems";
import { diffLines, hasChanges, type DiffLine } from "./text-diff";

export type DiffPart = {
  /** Stable id for headings and keys. */
  key: string;
  label: string;
  change: "added" | "removed" | "changed" | "same";
  lines: DiffLine[];
};

const headerFields: { key: keyof RevisionSnapshot; label: string }[] = [
  { key: "status", label: "Status" },
  { key: "title", label: "Title" },
  { key: "severity", label: "Severity" },
  { key: "summary", label: "TL;DR" },
  { key: "incidentTimeZone", label: "Incident time zone" },
  { key: "startedAt", label: "Started" },
  { key: "detectedAt", label: "Detected" },
  { key: "acknowledgedAt", label: "Acknowledged" },
  { key: "mitigatedAt", label: "Mitigated" },
  { key: "resolvedAt", label: "Resolved" },
  { key: "customersAffected", label: "Customers affected" },
  { key: "usersAffected", label: "Users affected" },
  { key: "impactDurationMinutes", label: "Impact duration (minutes)" },
  { key: "revenueImpactMinor", label: "Revenue impact (minor units)" },
  { key: "impactCurrency", label: "Currency" },
  { key: "sloImpact", label: "SLO impact" },
  { key: "supportTickets", label: "Support tickets" },
  { key: "impactNotes", label: "Impact notes" },
];

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const display = (key: keyof RevisionSnapshot, value: unknown) =>
  key === "status" ? (statusLabels[value as keyof typeof statusLabels] ?? text(value)) : text(value);

function part(key: string, label: string, before: string | null, after: string | null): DiffPart {
  const lines = diffLines(before ?? "", after ?? "");
  const change =
    before === null ? "added" : after === null ? "removed" : hasChanges(lines) ? "changed" : "same";
  return { key, label, change, lines };
}

/** Header fields that changed, then every section (in the newer order, then removed ones). */
export function diffSnapshots(
  from: RevisionSnapshot,
  to: RevisionSnapshot,
): { fields: DiffPart[]; sections: DiffPart[] } {
  const fields = headerFields
    // Older snapshots lack most header fields: compare only what both hold.
    .filter((f) => from[f.key] !== undefined && to[f.key] !== undefined)
    .map((f) => part(`field-${f.key}`, f.label, display(f.key, from[f.key]), display(f.key, to[f.key])))
    .filter((p) => p.change !== "same");

  const fromByKey = new Map(from.sections.map((s) => [s.key, s]));
  const toKeys = new Set(to.sections.map((s) => s.key));
  const sectionText = (s: { title: string; body: string }) => s.body;
  const sections = [
    ...to.sections.map((s) => {
      const old = fromByKey.get(s.key);
      const label = old && old.title !== s.title ? `${old.title} → ${s.title}` : s.title;
      const p = part(`section-${s.key}`, label, old ? sectionText(old) : null, sectionText(s));
      return old && old.title !== s.title && p.change === "same" ? { ...p, change: "changed" as const } : p;
    }),
    ...from.sections
      .filter((s) => !toKeys.has(s.key))
      .map((s) => part(`section-${s.key}`, s.title, sectionText(s), null)),
  ];
  return { fields, sections };
}
