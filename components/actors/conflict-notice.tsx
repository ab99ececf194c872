"use client";
import { ConflictView } from "@/components/ui/conflict-view";

export type ConflictRow = { label: string; theirs: string; mine: string };

/**
 * Someone saved the record since this form loaded it: the fields that differ,
 * theirs beside mine (components/ui/conflict-view.tsx), and the choice to take
 * theirs or save mine over theirs.
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
  const side = (pick: "theirs" | "mine") =>
    rows.length ? (
      <dl className="space-y-2">
        {rows.map((r) => (
          <div key={r.label}>
            <dt className="font-medium">{r.label}</dt>
            <dd className="break-words">{r[pick] || "—"}</dd>
          </div>
        ))}
      </dl>
    ) : (
      <p>The same values as the other version.</p>
    );
  return (
    <ConflictView
      message={message}
      theirs={{ heading: "Theirs (saved)", content: side("theirs") }}
      mine={{ heading: "Mine (not saved)", content: side("mine") }}
      keepTheirs={{ label: "Keep theirs", onClick: onUseTheirs }}
      keepMine={{ label: "Keep mine (save over theirs)", onClick: onKeepMine }}
      pending={pending}
    />
  );
}

/** Rows for the fields whose text differs. */
export function conflictRows(fields: { label: string; theirs: string; mine: string }[]): ConflictRow[] {
  return fields.filter((f) => f.theirs.trim() !== f.mine.trim());
}
