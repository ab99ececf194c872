"use client";
import { useTransition } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { EventFieldsInput } from "@/lib/schemas/timeline";
import { formatEventTime } from "@/lib/timeline/relative-time";
import { eventTypeLabels, type EventType, type TimelineEventView } from "@/lib/timeline/types";

export type Conflict = { theirs: TimelineEventView | null; mine: EventFieldsInput; message: string };

/** A stale event save: their saved event beside mine, and the choice of which to keep. */
export function ConflictPanel({
  conflict,
  zone,
  onKeepTheirs,
  onApplyMine,
}: {
  conflict: Conflict;
  zone: string;
  onKeepTheirs: () => void;
  onApplyMine: () => Promise<void>;
}) {
  const [pending, startTransition] = useTransition();
  const { theirs, mine } = conflict;
  const summary = (e: { occurredAt: string; type: EventType; description: string }) => (
    <>
      <p className="text-xs text-stone-600">
        {formatEventTime(new Date(e.occurredAt), zone)} · {eventTypeLabels[e.type]}
      </p>
      <p className="mt-1 whitespace-pre-line break-words text-sm text-stone-900">{e.description}</p>
    </>
  );
  return (
    <section
      aria-label="Conflict: compare both versions"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3"
    >
      <p role="alert" className="text-sm font-medium text-amber-900">
        {conflict.message}
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <div className="rounded-md border border-stone-200 bg-white p-3">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Theirs (saved)</h3>
          <div data-testid="conflict-theirs">
            {theirs ? summary(theirs) : <p className="text-sm">Deleted.</p>}
          </div>
        </div>
        <div className="rounded-md border border-stone-200 bg-white p-3">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Mine (not saved)</h3>
          <div data-testid="conflict-mine">{summary({ ...mine, type: mine.type as EventType })}</div>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={buttonClass.secondary} onClick={onKeepTheirs} disabled={pending}>
          Keep theirs
        </button>
        {theirs ? (
          <button
            type="button"
            className={buttonClass.primary}
            disabled={pending}
            onClick={() => startTransition(onApplyMine)}
          >
            {pending ? "Saving…" : "Re-apply mine"}
          </button>
        ) : null}
      </div>
    </section>
  );
}
