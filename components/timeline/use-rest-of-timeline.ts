"use client";
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { startTransition } from "react";
import { mergeLoaded } from "@/lib/timeline/event-list";
import { unpackEvent, type EventCursor, type EventPage } from "@/lib/timeline/packed-events";
import type { TimelineEventView } from "@/lib/timeline/types";

/**
 * The page server-renders the first events only; once hydrated, this loads
 * the rest from GET …/timeline/events a page at a time (in a transition, so
 * the tab stays responsive) and merges them into the tab's events. Returns
 * how many are still coming and whether loading failed (with a retry).
 */
export function useRestOfTimeline({
  postmortemId,
  initialCursor,
  initialRemaining,
  setEvents,
}: {
  postmortemId: string;
  /** The last event the page sent, or null when it sent them all. */
  initialCursor: EventCursor | null;
  initialRemaining: number;
  setEvents: Dispatch<SetStateAction<TimelineEventView[]>>;
}) {
  const [remaining, setRemaining] = useState(initialCursor ? initialRemaining : 0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const cursor = useRef(initialCursor);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      while (cursor.current && !cancelled) {
        const { at, id } = cursor.current;
        const query = new URLSearchParams({ afterAt: at, afterId: id });
        let page: EventPage;
        try {
          const response = await fetch(`/postmortems/${postmortemId}/timeline/events?${query}`, {
            cache: "no-store",
          });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          page = (await response.json()) as EventPage;
        } catch {
          if (!cancelled) setFailed(true);
          return;
        }
        if (cancelled) return;
        cursor.current = page.next;
        const loaded = page.events.map(unpackEvent);
        startTransition(() => {
          setEvents((current) => mergeLoaded(current, loaded));
          setRemaining((r) => (page.next ? Math.max(0, r - loaded.length) : 0));
        });
      }
    }
    void load();
    return () => {
      cancelled = true;
    };
  }, [postmortemId, attempt, setEvents]);

  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);

  return { remaining, failed, retry };
}
