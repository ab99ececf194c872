"use client";
import { useMemo, useState, type Dispatch, type SetStateAction, type TransitionStartFunction } from "react";
import { callAction } from "@/components/actions/call-action";
import { mergeEvents } from "@/lib/timeline/event-list";
import type { MilestoneTimes, TimelineEventView } from "@/lib/timeline/types";
import { deleteEventAction, restoreEventAction, setEventFlagsAction } from "@/server/timeline/actions";
import type { Conflict } from "./event-conflict-panel";
import type { RowCallbacks } from "./event-row";
import type { Toast } from "./use-toast";

/**
 * What the event rows do (details, edit, pin and hide, delete) and the undo
 * of a delete. Failures show as an error toast; a delete offers Undo.
 */
export function useRowActions({
  postmortemId,
  startTransition,
  applyChange,
  showToast,
  setEvents,
  setMilestones,
  setEditingId,
  setConflict,
  loadFull,
}: {
  postmortemId: string;
  startTransition: TransitionStartFunction;
  applyChange: (saved: TimelineEventView[], milestones?: MilestoneTimes) => void;
  showToast: (toast: Toast | null) => void;
  setEvents: Dispatch<SetStateAction<TimelineEventView[]>>;
  setMilestones: Dispatch<SetStateAction<MilestoneTimes>>;
  setEditingId: Dispatch<SetStateAction<string | null>>;
  setConflict: Dispatch<SetStateAction<Conflict | null>>;
  /** Loads a partial event's details (useFullEvent). */
  loadFull: (id: string) => void;
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [busyId, setBusyId] = useState<string | null>(null);

  const callbacks: RowCallbacks = useMemo(
    () => ({
      onToggleDetails: (id) => {
        loadFull(id);
        setExpanded((current) => {
          const next = new Set(current);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        });
      },
      onEdit: (id) => {
        loadFull(id);
        setConflict(null);
        setEditingId(id);
      },
      onFlags: (id, flags) => {
        setBusyId(id);
        startTransition(async () => {
          const called = await callAction(() => setEventFlagsAction(postmortemId, id, flags));
          setBusyId(null);
          if (!called.ok) return showToast({ message: called.problem.message, tone: "error" });
          const result = called.value;
          if (result.status === "success") applyChange([result.event]);
          else showToast({ message: result.formError, tone: "error" });
        });
      },
      onDelete: (id) => {
        setBusyId(id);
        startTransition(async () => {
          const called = await callAction(() => deleteEventAction(postmortemId, id));
          setBusyId(null);
          if (!called.ok) return showToast({ message: called.problem.message, tone: "error" });
          const result = called.value;
          if (result.status !== "success") return showToast({ message: result.formError, tone: "error" });
          setEvents((current) =>
            mergeEvents(
              current.filter((e) => e.id !== id),
              result.changed,
            ),
          );
          setMilestones(result.milestones);
          setEditingId((current) => (current === id ? null : current));
          showToast({ message: "Event deleted.", undoId: id });
        });
      },
    }),
    [
      postmortemId,
      startTransition,
      applyChange,
      showToast,
      setEvents,
      setMilestones,
      setEditingId,
      setConflict,
      loadFull,
    ],
  );

  function undo(id: string) {
    startTransition(async () => {
      const called = await callAction(() => restoreEventAction(postmortemId, id));
      if (!called.ok) return showToast({ message: called.problem.message, tone: "error" });
      const result = called.value;
      if (result.status !== "success") return showToast({ message: result.formError, tone: "error" });
      applyChange([result.event, ...result.changed], result.milestones);
      showToast({ message: result.notice ?? "Event restored." });
    });
  }

  return { callbacks, expanded, busyId, undo };
}
