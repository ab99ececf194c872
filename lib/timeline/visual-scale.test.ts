import { describe, expect, it } from "vitest";
import {
  MIN_SPAN,
  chooseTickStep,
  clampRange,
  computeTicks,
  formatMoment,
  formatRange,
  fromWall,
  paddedRange,
  panRange,
  rangeAround,
  rangeBetween,
  toWall,
  zoomRange,
} from "./visual-scale";

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("paddedRange", () => {
  it("is null without times and pads a single instant by five minutes each side", () => {
    expect(paddedRange([])).toBeNull();
    expect(paddedRange([NaN])).toBeNull();
    const t = at("2026-11-20T10:00:00Z");
    expect(paddedRange([t, t, t])).toEqual({ start: t - 5 * MIN, end: t + 5 * MIN });
  });

  it("pads a span by a few percent, at least 15 seconds", () => {
    const a = at("2026-11-20T10:00:00Z");
    expect(paddedRange([a + 10 * HOUR, a])).toEqual({ start: a - 0.4 * HOUR, end: a + 10.4 * HOUR });
    expect(paddedRange([a, a + 60_000])).toEqual({ start: a - 15_000, end: a + 75_000 });
  });
});

describe("zoom and pan", () => {
  const bounds = { start: 0, end: 4 * HOUR };

  it("zooms in around the centre or a given point, never below the minimum span", () => {
    expect(zoomRange(bounds, bounds, 2)).toEqual({ start: HOUR, end: 3 * HOUR });
    // The point under the cursor stays where it was.
    expect(zoomRange(bounds, bounds, 2, HOUR)).toEqual({ start: 0.5 * HOUR, end: 2.5 * HOUR });
    const tight = zoomRange({ start: 0, end: MIN_SPAN * 1.5 }, bounds, 4);
    expect(tight.end - tight.start).toBe(MIN_SPAN);
  });

  it("zooms out no further than the bounds, and keeps the range inside them", () => {
    expect(zoomRange({ start: 0, end: HOUR }, bounds, 0.5)).toEqual({ start: 0, end: 2 * HOUR });
    expect(zoomRange({ start: 3 * HOUR, end: 4 * HOUR }, bounds, 0.5)).toEqual({
      start: 2 * HOUR,
      end: 4 * HOUR,
    });
    expect(zoomRange({ start: HOUR, end: 3 * HOUR }, bounds, 0.25)).toEqual(bounds);
  });

  it("pans by a fraction of the span and stops at the edges", () => {
    const r = { start: HOUR, end: 2 * HOUR };
    expect(panRange(r, bounds, 0.5)).toEqual({ start: 1.5 * HOUR, end: 2.5 * HOUR });
    expect(panRange(r, bounds, -5)).toEqual({ start: 0, end: HOUR });
    expect(panRange(r, bounds, 5)).toEqual({ start: 3 * HOUR, end: 4 * HOUR });
  });

  it("turns a drag in either direction into a range of at least the minimum span", () => {
    expect(rangeBetween(2 * HOUR, HOUR, bounds)).toEqual({ start: HOUR, end: 2 * HOUR });
    expect(rangeBetween(HOUR, HOUR + 1000, bounds)).toEqual({
      start: HOUR + 500 - MIN_SPAN / 2,
      end: HOUR + 500 + MIN_SPAN / 2,
    });
    expect(clampRange({ start: -HOUR, end: HOUR }, bounds)).toEqual({ start: 0, end: 2 * HOUR });
    expect(rangeAround(HOUR, 2 * HOUR, bounds, 0.1)).toEqual({ start: 0.9 * HOUR, end: 2.1 * HOUR });
  });
});

describe("ticks", () => {
  it("chooses steps readable from two minutes to several days", () => {
    expect(chooseTickStep(2 * MIN, 11)).toBe(15_000);
    expect(chooseTickStep(2 * MIN, 6)).toBe(30_000);
    expect(chooseTickStep(40 * MIN, 11)).toBe(5 * MIN);
    expect(chooseTickStep(5 * HOUR, 11)).toBe(30 * MIN);
    expect(chooseTickStep(3 * DAY, 11)).toBe(12 * HOUR);
    expect(chooseTickStep(3 * DAY, 5)).toBe(DAY);
    expect(chooseTickStep(60 * DAY, 5)).toBe(14 * DAY);
  });

  it("labels a two-minute incident with seconds in the incident's zone", () => {
    const start = at("2026-11-20T13:04:50Z");
    const { step, ticks } = computeTicks({ start, end: start + 2 * MIN + 20_000 }, "Europe/Berlin", 6);
    expect(step).toBe(30_000);
    expect(ticks.map((t) => t.label)).toEqual(["14:05:00", "14:05:30", "14:06:00", "14:06:30", "14:07:00"]);
    // The date sits under the first tick only.
    expect(ticks[0]!.dateLabel).toBe("Fri 20 Nov");
    expect(ticks.slice(1).every((t) => t.dateLabel === null)).toBe(true);
  });

  it("labels a three-day incident with times and the date at each new local day", () => {
    const start = at("2026-11-20T20:00:00Z"); // 21:00 in Berlin
    const { step, ticks } = computeTicks({ start, end: start + 3 * DAY }, "Europe/Berlin", 11);
    expect(step).toBe(12 * HOUR);
    expect(ticks.map((t) => t.label)).toEqual(["00:00", "12:00", "00:00", "12:00", "00:00", "12:00"]);
    expect(ticks.filter((t) => t.dateLabel).map((t) => t.dateLabel)).toEqual([
      "Sat 21 Nov",
      "Sun 22 Nov",
      "Mon 23 Nov",
    ]);
    expect(ticks.filter((t) => t.major)).toHaveLength(3);
    // Local midnight, not UTC midnight.
    expect(new Date(ticks[0]!.t).toISOString()).toBe("2026-11-20T23:00:00.000Z");
  });

  it("uses day labels when only a few ticks fit", () => {
    const start = at("2026-11-20T20:00:00Z");
    const { ticks } = computeTicks({ start, end: start + 3 * DAY }, "Europe/Berlin", 4);
    expect(ticks.map((t) => t.label)).toEqual(["Sat 21 Nov", "Sun 22 Nov", "Mon 23 Nov"]);
    expect(ticks.every((t) => t.dateLabel === null)).toBe(true);
  });

  it("keeps ticks on round local times in zones with :45 and :30 offsets", () => {
    const start = at("2026-11-20T08:00:00Z"); // 13:45 in Kathmandu, 13:30 in Kolkata
    const kathmandu = computeTicks({ start, end: start + HOUR }, "Asia/Kathmandu", 4).ticks.map(
      (t) => t.label,
    );
    expect(kathmandu).toEqual(["13:45", "14:00", "14:15", "14:30", "14:45"]);
    const kolkata = computeTicks({ start, end: start + 5 * HOUR }, "Asia/Kolkata", 6).ticks.map(
      (t) => t.label,
    );
    expect(kolkata).toEqual(["14:00", "15:00", "16:00", "17:00", "18:00"]);
  });

  it("stays on round hours across a DST change", () => {
    // Europe/Berlin leaves summer time on 25 Oct 2026 at 03:00 local.
    const start = at("2026-10-24T22:00:00Z");
    const labels = computeTicks({ start, end: start + 6 * HOUR }, "Europe/Berlin", 4).ticks.map(
      (t) => t.label,
    );
    expect(labels).toEqual(["00:00", "02:00", "04:00"]);
    // 02:00 happens twice that night: the tick takes the later one (CET).
    expect(
      computeTicks({ start, end: start + 6 * HOUR }, "Europe/Berlin", 4).ticks.map((t) => t.t - start),
    ).toEqual([0, 3 * HOUR, 5 * HOUR]);
    const t = at("2026-11-20T13:05:00Z");
    expect(fromWall(toWall(t, "Asia/Kathmandu"), "Asia/Kathmandu")).toBe(t);
  });
});

describe("range and moment text", () => {
  it("shows a same-day range once with the zone, seconds for short ranges, both dates across days", () => {
    const a = at("2026-11-20T10:30:00Z");
    expect(formatRange({ start: a, end: a + 40 * MIN }, "Europe/Berlin")).toBe("20 Nov 11:30 – 12:10 CET");
    expect(formatRange({ start: a, end: a + 2 * MIN }, "Europe/Berlin")).toBe(
      "20 Nov 11:30:00 – 11:32:00 CET",
    );
    expect(formatRange({ start: a, end: a + 2 * DAY }, "Europe/Berlin")).toBe(
      "20 Nov 11:30 – 22 Nov 11:30 CET",
    );
    expect(formatRange({ start: a, end: a + HOUR }, "Asia/Kathmandu")).toBe("20 Nov 16:15 – 17:15 GMT+5:45");
  });

  it("formats a moment with the date only when asked", () => {
    const a = at("2026-11-20T13:05:00Z");
    expect(formatMoment(a, "Europe/Berlin", false)).toBe("14:05 CET");
    expect(formatMoment(a, "Europe/Berlin", true)).toBe("20 Nov 14:05 CET");
  });
});
