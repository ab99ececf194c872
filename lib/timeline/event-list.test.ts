import { describe, expect, it } from "vitest";
import {
  clearedFilters,
  countLabel,
  filterEvents,
  filtersShowing,
  isFiltered,
  mergeEvents,
  noFilters,
  previousEvent,
} from "./event-list";
import { blankEvent } from "./test-event";
import type { TimelineEventView } from "./types";

const event = (id: string, at: string, over: Partial<TimelineEventView> = {}): TimelineEventView => ({
  ...blankEvent,
  id,
  occurredAt: at,
  description: id,
  ...over,
});

const a = event("a", "2026-11-20T13:00:00.000Z", { actorId: "x", pinned: true });
const b = event("b", "2026-11-20T13:05:00.000Z", { hidden: true, type: "ALERT" });
const c = event("c", "2026-11-20T13:05:00.000Z", { actorId: "y" });

describe("event list", () => {
  it("merges saved events in time order, replacing by id", () => {
    const later = event("d", "2026-11-20T12:00:00.000Z");
    expect(mergeEvents([a, c], [later, { ...a, description: "new" }]).map((e) => e.id)).toEqual([
      "d",
      "a",
      "c",
    ]);
    expect(mergeEvents([a, c], [{ ...c, occurredAt: "2026-11-20T12:59:00.000Z" }]).map((e) => e.id)).toEqual([
      "c",
      "a",
    ]);
    expect(mergeEvents([c], [b]).map((e) => e.id)).toEqual(["b", "c"]);
  });

  it("hides hidden events unless asked, and filters by actor, type and pinned", () => {
    const all = [a, b, c];
    expect(filterEvents(all, noFilters).map((e) => e.id)).toEqual(["a", "c"]);
    expect(filterEvents(all, { ...noFilters, showHidden: true })).toHaveLength(3);
    expect(filterEvents(all, { ...noFilters, actorId: "y" }).map((e) => e.id)).toEqual(["c"]);
    expect(filterEvents(all, { ...noFilters, actorId: "none", showHidden: true }).map((e) => e.id)).toEqual([
      "b",
    ]);
    expect(filterEvents(all, { ...noFilters, type: "ALERT", showHidden: true }).map((e) => e.id)).toEqual([
      "b",
    ]);
    expect(filterEvents(all, { ...noFilters, pinnedOnly: true }).map((e) => e.id)).toEqual(["a"]);
  });

  it("clears the narrowing filters and keeps show hidden", () => {
    expect(isFiltered(noFilters)).toBe(false);
    expect(isFiltered({ ...noFilters, showHidden: true })).toBe(false);
    expect(isFiltered({ ...noFilters, type: "ALERT" })).toBe(true);
    const f = { actorId: "x", type: "ALERT" as const, pinnedOnly: true, showHidden: true };
    expect(clearedFilters(f)).toEqual({ ...noFilters, showHidden: true });
  });

  it("loosens filters to show a linked event", () => {
    const f = { ...noFilters, pinnedOnly: true };
    expect(filtersShowing(a, f)).toBe(f);
    expect(filtersShowing(b, f)).toEqual({ ...noFilters, showHidden: true });
  });

  it("finds the previous event and counts", () => {
    expect(previousEvent([a, b, c], "c")?.id).toBe("b");
    expect(previousEvent([a, b, c], "a")).toBeNull();
    expect(countLabel(12, 240)).toBe("Showing 12 of 240 events");
    expect(countLabel(1, 1)).toBe("Showing all 1 event");
  });
});
