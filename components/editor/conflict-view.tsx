"use client";
import { useId, useState } from "react";
import { ConflictView } from "@/components/ui/conflict-view";
import { Markdown } from "@/components/ui/markdown";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { buttonClass } from "@/components/ui/styles";
import type { SectionTheirs } from "@/lib/schemas/editing";

export function formatClock(iso: string | Date) {
  return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/**
 * Someone else saved this section since the writer's version: both texts side
 * by side (components/ui/conflict-view.tsx), plus a hand merge. Nothing is
 * discarded without a click.
 */
export function SectionConflictView({
  theirs,
  mine,
  onKeepTheirs,
  onKeepMine,
  onSaveMerge,
}: {
  theirs: SectionTheirs;
  mine: string;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
  onSaveMerge: (merged: string) => void;
}) {
  const [merged, setMerged] = useState(mine);
  const id = useId();
  const text = (label: string, body: string) => (
    <ScrollRegion label={label} className="max-h-72">
      <pre className="whitespace-pre-wrap break-words font-mono text-sm">{body || "(empty)"}</pre>
    </ScrollRegion>
  );
  return (
    <ConflictView
      message={
        <>
          {theirs.updatedBy ?? "Someone"} saved this section while you were editing. Nothing has been
          overwritten: choose a version or merge them by hand.
        </>
      }
      theirs={{
        heading: `Theirs (saved by ${theirs.updatedBy ?? "someone"} at ${formatClock(theirs.updatedAt)})`,
        content: text("Their text", theirs.body),
      }}
      mine={{ heading: "Yours", content: text("Your text", mine) }}
      keepTheirs={{ label: "Keep theirs", onClick: onKeepTheirs }}
      keepMine={{ label: "Keep mine", onClick: onKeepMine }}
    >
      <div className="space-y-2">
        <label htmlFor={`${id}-merge`} className="block text-sm font-medium">
          Merge by hand (starts with your text)
        </label>
        <textarea
          id={`${id}-merge`}
          value={merged}
          onChange={(e) => setMerged(e.target.value)}
          rows={8}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm focus:border-brand-600"
        />
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-600">Preview the merge</summary>
          <div className="mt-2 rounded border border-stone-200 bg-white p-3">
            <Markdown>{merged}</Markdown>
          </div>
        </details>
        <button type="button" className={buttonClass.primary} onClick={() => onSaveMerge(merged)}>
          Save merge
        </button>
      </div>
    </ConflictView>
  );
}
