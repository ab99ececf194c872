"use client";
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { filtersShowing, type EventFilters } from "@/lib/timeline/event-list";
import type { TimelineEventView } from "@/lib/timeline/types";

/**
 * #event-<id> (from the visual timeline or a shared link): show it, scroll to
 * it, highlight it. Returns the highlighted event's id.
 */
export function useEventHashJump({
  events,
  visible,
  setFilters,
  setAllRows,
}: {
  events: TimelineEventView[];
  /** The rows rendered now: the target may appear only once filters loosen or the rest of the rows come. */
  visible: TimelineEventView[];
  setFilters: Dispatch<SetStateAction<EventFilters>>;
  setAllRows: Dispatch<SetStateAction<boolean>>;
}): string | null {
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);

  const scrollTarget = useRef<string | null>(null);
  useEffect(() => {
    const id = scrollTarget.current;
    const el = id ? document.getElementById(`event-${id}`) : null;
    if (!el) return; // not rendered yet (filters or the rest of the rows still coming)
    scrollTarget.current = null;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }, [visible, highlightId]);
  useEffect(() => {
    const jump = () => {
      const match = /^#event-(.+)$/.exec(window.location.hash);
      if (!match) return;
      const event = eventsRef.current.find((e) => e.id === match[1]);
      if (!event) return;
      scrollTarget.current = event.id;
      setAllRows(true);
      setFilters((f) => filtersShowing(event, f));
      setHighlightId(event.id);
    };
    jump();
    window.addEventListener("hashchange", jump);
    return () => window.removeEventListener("hashchange", jump);
  }, [setFilters, setAllRows]);

  return highlightId;
}
