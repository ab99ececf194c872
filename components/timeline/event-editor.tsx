"use client";
import { callAction } from "@/components/actions/call-action";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "@/lib/timeline/types";
import { updateEventAction } from "@/server/timeline/actions";
import { ConflictPanel, type Conflict } from "./event-conflict-panel";
import { EventForm, formFromEvent } from "./event-form";

/**
 * The row being edited: the edit form, or, after a stale save, the conflict
 * panel with their version beside mine.
 */
export function EventEditor({
  event,
  reference,
  postmortemId,
  zone,
  actors,
  actorsHref,
  conflict,
  setConflict,
  applyChange,
  onRemoved,
  onClose,
}: {
  event: TimelineEventView;
  /** What "+5m" and "14:05" count from: the event before this one. */
  reference: Date;
  postmortemId: string;
  zone: string;
  actors: TimelineActor[];
  actorsHref: string;
  conflict: Conflict | null;
  setConflict: (conflict: Conflict | null) => void;
  applyChange: (saved: TimelineEventView[], milestones?: MilestoneTimes) => void;
  /** Someone else deleted the event and the user keeps that. */
  onRemoved: (id: string) => void;
  onClose: () => void;
}) {
  const focusRow = () => requestAnimationFrame(() => document.getElementById(`event-${event.id}`)?.focus());
  return (
    <li id={`event-${event.id}`} className="border-b border-stone-200 p-2">
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          zone={zone}
          onKeepTheirs={() => {
            if (conflict.theirs) applyChange([conflict.theirs]);
            else onRemoved(event.id);
            setConflict(null);
            onClose();
          }}
          onApplyMine={async () => {
            if (!conflict.theirs) return;
            const called = await callAction(() =>
              updateEventAction(postmortemId, event.id, {
                baseVersion: conflict.theirs!.version,
                fields: conflict.mine,
              }),
            );
            if (!called.ok) return setConflict({ ...conflict, message: called.problem.message });
            const result = called.value;
            if (result.status === "success") {
              applyChange([result.event, ...result.changed], result.milestones);
              setConflict(null);
              onClose();
            } else if (result.status === "conflict") {
              setConflict({ ...conflict, theirs: result.theirs, message: result.message });
            } else {
              setConflict({ ...conflict, message: result.formError });
            }
          }}
        />
      ) : (
        <EventForm
          mode="edit"
          initial={formFromEvent(event, zone)}
          zone={zone}
          actors={actors}
          reference={reference}
          actorsHref={actorsHref}
          autoFocus
          submit={(fields) =>
            updateEventAction(postmortemId, event.id, { baseVersion: event.version, fields })
          }
          onSaved={(result) => {
            applyChange([result.event, ...result.changed], result.milestones);
            onClose();
            focusRow();
          }}
          onCancel={() => {
            onClose();
            focusRow();
          }}
          onConflict={(theirs, mine, message) => setConflict({ theirs, mine, message })}
        />
      )}
    </li>
  );
}
