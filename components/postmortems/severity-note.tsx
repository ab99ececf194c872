import type { SeverityInfo } from "@/lib/severity";

/** Beside a postmortem whose severity level the organisation's scale no longer uses. */
export function SeverityNote({ severity, note }: { severity: SeverityInfo; note: string | null }) {
  if (severity.inScale || !note) return null;
  return (
    <p className="rounded-md border border-dashed border-stone-400 bg-white px-3 py-2 text-sm text-stone-700">
      {note}
    </p>
  );
}
