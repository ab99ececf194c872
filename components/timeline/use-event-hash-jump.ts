"use client";
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { filtersShowing, type EventFilters } from "@/lib/timeline/event-list";
import type { TimelineEventView } from "@/lib/timeline/types";

/**
 * #event-<id> (from the visual timeline or a shared link): show it, scroll to
 * it, highlight it. An event beyond the page's first window is shown once the
 * rest of the events has loaded. Returns the highlighted event's id.
 */
export function useEventHashJump({
  events,
  shown,
  setFilters,
}: {
  /** The events loaded so far. */
  events: TimelineEventView[];
  /** The rows rendered now: the target may appear only once the filters loosen. */
  shown: TimelineEventView[];
  setFilters: Dispatch<SetStateAction<EventFilters>>;
}): string | null {
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const eventsRef = useRef(events);
  // The id in the hash when its event has not loaded yet.
  const wanted = useRef<string | null>(null);

  const scrollTarget = useRef<string | null>(null);
  useEffect(() => {
    const id = scrollTarget.current;
    const el = id ? document.getElementById(`event-${id}`) : null;
    if (!el) return; // not rendered yet (the filters are still loosening)
    scrollTarget.current = null;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }, [shown, highlightId]);

  // Shows the event if it has loaded; returns whether it has.
  const show = useRef((id: string) => {
    const event = eventsRef.current.find((e) => e.id === id);
    if (!event) return false;
    scrollTarget.current = event.id;
    setFilters((f) => filtersShowing(event, f));
    setHighlightId(event.id);
    return true;
  });

  useEffect(() => {
    eventsRef.current = events;
    if (wanted.current && show.current(wanted.current)) wanted.current = null;
  }, [events]);

  useEffect(() => {
    const jump = () => {
      const match = /^#event-(.+)$/.exec(window.location.hash);
      if (!match) return;
      wanted.current = show.current(match[1]!) ? null : match[1]!;
    };
    jump();
    window.addEventListener("hashchange", jump);
    return () => window.removeEventListener("hashchange", jump);
  }, []);

  return highlightId;
}
