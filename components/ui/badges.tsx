import { statusLabels } from "@/lib/schemas/postmortems";
import { severityOptionLabel, type SeverityInfo } from "@/lib/severity";
import { cx } from "./styles";

const statusColors: Record<string, string> = {
  DRAFT: "bg-stone-100 text-stone-700 ring-stone-300",
  IN_REVIEW: "bg-sky-50 text-sky-800 ring-sky-300",
  CHANGES_REQUESTED: "bg-amber-50 text-amber-900 ring-amber-300",
  APPROVED: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  PUBLISHED: "bg-indigo-50 text-indigo-800 ring-indigo-300",
  NOT_REQUIRED: "bg-stone-50 text-stone-500 ring-stone-200",
};

const severityColors: Record<string, string> = {
  SEV1: "bg-red-700 text-white ring-red-700",
  SEV2: "bg-orange-100 text-orange-900 ring-orange-300",
  SEV3: "bg-yellow-50 text-yellow-900 ring-yellow-300",
  SEV4: "bg-stone-100 text-stone-700 ring-stone-300",
  SEV5: "bg-stone-50 text-stone-600 ring-stone-200",
};

const base =
  "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={cx(base, statusColors[status])}>
      {statusLabels[status as keyof typeof statusLabels] ?? status}
    </span>
  );
}

/**
 * A severity with its name from the organisation's scale ("SEV2 · Major");
 * `compact` shows the code only (the name is in the tooltip and for screen
 * readers). A level the scale no longer uses gets a dashed ring and says so.
 */
export function SeverityBadge({ severity, compact = false }: { severity: SeverityInfo; compact?: boolean }) {
  return (
    <span
      title={severityOptionLabel(severity) + (severity.inScale ? "" : " (no longer on the scale)")}
      className={cx(
        base,
        "font-semibold",
        severity.inScale
          ? severityColors[severity.value]
          : "border border-dashed border-stone-500 bg-white text-stone-700 ring-0",
      )}
    >
      {severity.value}
      {compact ? (
        <span className="sr-only"> {severity.label}</span>
      ) : (
        <span className="font-normal">&nbsp;· {severity.label}</span>
      )}
      {severity.inScale ? null : <span className="font-normal">&nbsp;· off scale</span>}
    </span>
  );
}

export function Pill({
  children,
  tone = "stone",
}: {
  children: React.ReactNode;
  tone?: "stone" | "red" | "amber" | "emerald" | "sky";
}) {
  const tones = {
    stone: "bg-stone-100 text-stone-700 ring-stone-200",
    red: "bg-red-50 text-red-800 ring-red-200",
    amber: "bg-amber-50 text-amber-900 ring-amber-200",
    emerald: "bg-emerald-50 text-emerald-800 ring-emerald-200",
    sky: "bg-sky-50 text-sky-800 ring-sky-200",
  };
  return <span className={cx(base, tones[tone])}>{children}</span>;
}
