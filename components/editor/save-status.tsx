"use client";
import { cx } from "@/components/ui/styles";

const tones = {
  neutral: "text-stone-500",
  ok: "text-emerald-700",
  warn: "text-amber-700",
  error: "font-medium text-red-700",
} as const;

/** The autosave state, announced politely to screen readers. */
export function SaveStatus({
  id,
  autosave,
}: {
  id: string;
  autosave: { text: string; tone: keyof typeof tones; saveNow: () => void; failure: unknown; stale: boolean };
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <p id={id} role="status" aria-live="polite" className={cx(tones[autosave.tone])}>
        {autosave.text}
      </p>
      {autosave.stale ? (
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="text-sm font-medium underline"
        >
          Reload page
        </button>
      ) : null}
      {autosave.failure ? (
        <button type="button" onClick={autosave.saveNow} className="text-sm font-medium underline">
          Retry now
        </button>
      ) : null}
    </div>
  );
}
