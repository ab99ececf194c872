"use client";
import { useTransition } from "react";
import { ConflictView } from "@/components/ui/conflict-view";
import type { EventFieldsInput } from "@/lib/schemas/timeline";
import { formatEventTime } from "@/lib/timeline/relative-time";
import { eventTypeLabels, type EventType, type TimelineEventView } from "@/lib/timeline/types";

export type Conflict = { theirs: TimelineEventView | null; mine: EventFieldsInput; message: string };

/** A stale event save: their saved event beside mine (components/ui/conflict-view.tsx). */
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
    <ConflictView
      message={conflict.message}
      theirs={{ heading: "Theirs (saved)", content: theirs ? summary(theirs) : <p>Deleted.</p> }}
      mine={{ heading: "Mine (not saved)", content: summary({ ...mine, type: mine.type as EventType }) }}
      keepTheirs={{ label: "Keep theirs", onClick: onKeepTheirs }}
      keepMine={
        theirs
          ? { label: "Re-apply mine", pendingLabel: "Saving…", onClick: () => startTransition(onApplyMine) }
          : undefined
      }
      pending={pending}
    />
  );
}
