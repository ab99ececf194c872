"use client";
import { useId, useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { buttonClass } from "@/components/ui/styles";
import type { SectionTheirs } from "@/lib/schemas/editing";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function formatClock(iso: string | Date) {
  return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/**
 * Someone else saved this section since the writer's version: both texts side
 * by side. Nothing is discarded without a click.
 */
export function ConflictView({
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
  return (
    <div
      role="region"
      aria-label="Conflict: compare both versions"
      className="space-y-4 rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
    >
      <p className="text-sm font-medium text-amber-900">
        {theirs.updatedBy ?? "Someone"} saved this section while you were editing. Nothing has been
        overwritten: choose a version or merge them by hand.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="min-w-0 rounded-md border border-stone-300 bg-white p-3">
          <h3 className="mb-2 text-sm font-semibold">
            Theirs (saved by {theirs.updatedBy ?? "someone"} at {formatClock(theirs.updatedAt)})
          </h3>
          <ScrollRegion label="Their text" className="max-h-72">
            <pre data-testid="conflict-theirs" className="whitespace-pre-wrap break-words font-mono text-sm">
              {theirs.body || "(empty)"}
            </pre>
          </ScrollRegion>
        </div>
        <div className="min-w-0 rounded-md border border-stone-300 bg-white p-3">
          <h3 className="mb-2 text-sm font-semibold">Yours</h3>
          <ScrollRegion label="Your text" className="max-h-72">
            <pre data-testid="conflict-mine" className="whitespace-pre-wrap break-words font-mono text-sm">
              {mine || "(empty)"}
            </pre>
          </ScrollRegion>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass.secondary} onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" className={buttonClass.secondary} onClick={onKeepMine}>
          Keep mine
        </button>
      </div>
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
    </div>
  );
}
