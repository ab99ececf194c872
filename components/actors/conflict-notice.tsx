"use client";
import { buttonClass } from "@/components/ui/styles";

export type ConflictRow = { label: string; theirs: string; mine: string };

/**
 * Someone saved the record since this form loaded it: show the fields that
 * differ and let the user take theirs or save theirs over with mine.
 */
export function ConflictNotice({
  message,
  rows,
  pending,
  onUseTheirs,
  onKeepMine,
}: {
  message: string;
  rows: ConflictRow[];
  pending: boolean;
  onUseTheirs: () => void;
  onKeepMine: () => void;
}) {
  return (
    <div
      role="alert"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-medium">{message}</p>
      {rows.length ? (
        <dl className="space-y-2">
          {rows.map((r) => (
            <div key={r.label} className="grid gap-1 sm:grid-cols-[8rem_1fr_1fr]">
              <dt className="font-medium">{r.label}</dt>
              <dd className="break-words">
                <span className="text-xs font-semibold uppercase text-amber-800">Theirs: </span>
                {r.theirs || "—"}
              </dd>
              <dd className="break-words">
                <span className="text-xs font-semibold uppercase text-amber-800">Mine: </span>
                {r.mine || "—"}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>Their version has the same values as yours.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass.secondary} onClick={onUseTheirs} disabled={pending}>
          Use theirs
        </button>
        <button type="button" className={buttonClass.primary} onClick={onKeepMine} disabled={pending}>
          Keep mine (save over theirs)
        </button>
      </div>
    </div>
  );
}

/** Rows for the fields whose text differs. */
export function conflictRows(fields: { label: string; theirs: string; mine: string }[]): ConflictRow[] {
  return fields.filter((f) => f.theirs.trim() !== f.mine.trim());
}
