// Pure list operations for the timeline tab: order, merge results in, filter.
import type { EventType, TimelineEventView } from "./types";

export type EventFilters = {
  actorId: string; // "" = all, "none" = events without an actor
  type: EventType | "";
  pinnedOnly: boolean;
  showHidden: boolean;
};

export const noFilters: EventFilters = { actorId: "", type: "", pinnedOnly: false, showHidden: false };

/** Time order, ties by id (the same order the server uses). */
export function compareEvents(a: TimelineEventView, b: TimelineEventView): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Puts saved events into the list (replacing ones with the same id) and keeps the order. */
export function mergeEvents(events: TimelineEventView[], saved: TimelineEventView[]): TimelineEventView[] {
  if (saved.length === 0) return events;
  const byId = new Map(saved.map((e) => [e.id, e]));
  const next = events.map((e) => byId.get(e.id) ?? e);
  const present = new Set(events.map((e) => e.id));
  for (const e of saved) if (!present.has(e.id)) next.push(e);
  return next.sort(compareEvents);
}

export function matchesFilters(event: TimelineEventView, f: EventFilters): boolean {
  if (event.hidden && !f.showHidden) return false;
  if (f.pinnedOnly && !event.pinned) return false;
  if (f.type && event.type !== f.type) return false;
  if (f.actorId === "none" ? event.actorId !== null : f.actorId && event.actorId !== f.actorId) return false;
  return true;
}

export function filterEvents(events: TimelineEventView[], f: EventFilters): TimelineEventView[] {
  if (f === noFilters || (!f.actorId && !f.type && !f.pinnedOnly && f.showHidden))
    return f.showHidden ? events : events.filter((e) => !e.hidden);
  return events.filter((e) => matchesFilters(e, f));
}

/** Whether any filter narrows the list ("show hidden" only widens it). */
export function isFiltered(f: EventFilters): boolean {
  return Boolean(f.actorId || f.type || f.pinnedOnly);
}

/** The filters cleared, except "show hidden", which stays as the user set it. */
export function clearedFilters(f: EventFilters): EventFilters {
  return { ...noFilters, showHidden: f.showHidden };
}

/** The filters loosened just enough to show `event` (used when jumping to #event-<id>). */
export function filtersShowing(event: TimelineEventView, f: EventFilters): EventFilters {
  if (matchesFilters(event, f)) return f;
  return { ...noFilters, showHidden: f.showHidden || event.hidden };
}

/** The event a relative time counts from when editing `eventId`: the one before it. */
export function previousEvent(events: TimelineEventView[], eventId: string): TimelineEventView | null {
  const index = events.findIndex((e) => e.id === eventId);
  return index > 0 ? events[index - 1]! : null;
}

export function countLabel(shown: number, total: number): string {
  const noun = total === 1 ? "event" : "events";
  return shown === total ? `Showing all ${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
}

/**
 * Puts events loaded after the first render into the list, except where the
 * list already holds the same or a newer version (saved meanwhile in this tab).
 */
export function mergeLoaded(events: TimelineEventView[], loaded: TimelineEventView[]): TimelineEventView[] {
  const versions = new Map(events.map((e) => [e.id, e.version]));
  return mergeEvents(
    events,
    loaded.filter((e) => (versions.get(e.id) ?? -1) < e.version),
  );
}
