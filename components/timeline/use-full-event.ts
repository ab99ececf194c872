"use client";
import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from "react";
import { mergeEvents } from "@/lib/timeline/event-list";
import type { TimelineEventView } from "@/lib/timeline/types";
import type { Toast } from "./use-toast";

/**
 * Loads a partial event (TimelineEventView.partial) in full from
 * GET …/timeline/events/<id> when its Details or Edit opens, and puts it into
 * the tab's events unless a save replaced it meanwhile. Returns `loadFull(id)`,
 * which does nothing for an event that is already full or being loaded.
 */
export function useFullEvent({
  postmortemId,
  events,
  setEvents,
  showToast,
}: {
  postmortemId: string;
  events: TimelineEventView[];
  setEvents: Dispatch<SetStateAction<TimelineEventView[]>>;
  showToast: (toast: Toast | null) => void;
}) {
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);
  const loading = useRef(new Set<string>());

  return useCallback(
    (id: string) => {
      const event = eventsRef.current.find((e) => e.id === id);
      if (!event?.partial || loading.current.has(id)) return;
      loading.current.add(id);
      void (async () => {
        try {
          const response = await fetch(
            `/postmortems/${postmortemId}/timeline/events/${encodeURIComponent(id)}`,
            {
              cache: "no-store",
            },
          );
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const full = (await response.json()) as TimelineEventView;
          setEvents((current) =>
            current.some((e) => e.id === id && e.partial) ? mergeEvents(current, [full]) : current,
          );
        } catch {
          showToast({ message: "The event's details could not be loaded. Try again.", tone: "error" });
        } finally {
          loading.current.delete(id);
        }
      })();
    },
    [postmortemId, setEvents, showToast],
  );
}
