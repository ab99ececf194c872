// Time axis of the visual timeline: the visible range, zoom and pan, and
// ticks placed on round wall-clock times of the incident's time zone (so a
// zone at UTC+5:45 still gets ticks at 14:00, 14:15, not at 14:45, 15:00).
import { tzOffset } from "@date-fns/tz";
import { dateTimeFormat } from "@/lib/time";

/** A visible range in epoch milliseconds (UTC). */
export type TimeRange = { start: number; end: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Never zoom closer than this: events are entered to the second at best. */
export const MIN_SPAN = 30 * SECOND;
/** A single instant (one event, or all at the same time) is shown with this much around it. */
const SINGLE_INSTANT_PADDING = 5 * MINUTE;

/** The bounds of everything there is to show, padded so markers do not sit on the edges. */
export function paddedRange(times: number[], paddingRatio = 0.04): TimeRange | null {
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    if (!Number.isFinite(t)) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (min === Infinity) return null;
  const span = max - min;
  if (span === 0) return { start: min - SINGLE_INSTANT_PADDING, end: max + SINGLE_INSTANT_PADDING };
  const pad = Math.max(span * paddingRatio, 15 * SECOND);
  return { start: min - pad, end: max + pad };
}

const clampSpan = (span: number, bounds: TimeRange) =>
  Math.min(Math.max(span, MIN_SPAN), bounds.end - bounds.start);

/** Moves a range of the same length inside the bounds. */
export function clampRange(range: TimeRange, bounds: TimeRange): TimeRange {
  const span = clampSpan(range.end - range.start, bounds);
  let start = range.start;
  if (start < bounds.start) start = bounds.start;
  if (start + span > bounds.end) start = bounds.end - span;
  return { start, end: start + span };
}

/** Zooms by `factor` (> 1 zooms in) around `center` (defaults to the middle). */
export function zoomRange(range: TimeRange, bounds: TimeRange, factor: number, center?: number): TimeRange {
  const span = range.end - range.start;
  const next = clampSpan(span / factor, bounds);
  const c = center ?? (range.start + range.end) / 2;
  // Keep the point under `center` at the same relative position.
  const ratio = span > 0 ? (c - range.start) / span : 0.5;
  return clampRange({ start: c - next * ratio, end: c - next * ratio + next }, bounds);
}

/** Moves the range by `fraction` of its length (negative = earlier). */
export function panRange(range: TimeRange, bounds: TimeRange, fraction: number): TimeRange {
  const shift = (range.end - range.start) * fraction;
  return clampRange({ start: range.start + shift, end: range.end + shift }, bounds);
}

/** A range from two instants in any order, at least MIN_SPAN long, inside the bounds. */
export function rangeBetween(a: number, b: number, bounds: TimeRange): TimeRange {
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  if (end - start >= MIN_SPAN) return clampRange({ start, end }, bounds);
  const mid = (start + end) / 2;
  return clampRange({ start: mid - MIN_SPAN / 2, end: mid + MIN_SPAN / 2 }, bounds);
}

/** A range around [a, b] with some room on both sides (for presets and clusters). */
export function rangeAround(a: number, b: number, bounds: TimeRange, paddingRatio = 0.08): TimeRange {
  const span = Math.max(b - a, MIN_SPAN);
  const pad = span * paddingRatio;
  return rangeBetween(a - pad, b + pad, bounds);
}

export const sameRange = (a: TimeRange, b: TimeRange) =>
  Math.abs(a.start - b.start) < 1 && Math.abs(a.end - b.end) < 1;

// ---------------------------------------------------------------- wall clock

/** The wall-clock time in `zone` as if it were UTC (for rounding to local hours). */
export function toWall(t: number, zone: string): number {
  return t + tzOffset(zone, new Date(t)) * MINUTE;
}

/** The instant at which the clocks in `zone` show `wall` (the later one when a DST change repeats an hour). */
export function fromWall(wall: number, zone: string): number {
  const guess = wall - tzOffset(zone, new Date(wall)) * MINUTE;
  return wall - tzOffset(zone, new Date(guess)) * MINUTE;
}

// --------------------------------------------------------------------- ticks

/** Tick steps from 10 seconds to a week; days and weeks align to local midnight. */
const TICK_STEPS = [
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
] as const;

export type Tick = {
  t: number;
  /** "14:05", "14:05:30" or "20 Nov". */
  label: string;
  /** The date under the first tick of each local day when the labels are times ("Fri 20 Nov"). */
  dateLabel: string | null;
  /** A tick at local midnight: drawn stronger. */
  major: boolean;
};

/** The smallest step that keeps at most `maxTicks` ticks in the range. */
export function chooseTickStep(span: number, maxTicks: number): number {
  const limit = Math.max(1, maxTicks);
  for (const step of TICK_STEPS) if (span / step <= limit) return step;
  // Longer than ~limit weeks: whole weeks.
  return Math.ceil(span / limit / (7 * DAY)) * 7 * DAY;
}

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", ...options });
}

export const formatClock = (t: number, zone: string, seconds = false) =>
  formatter(zone, {
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
  }).format(t);

/** "20 Nov" or, with the weekday, "Fri 20 Nov". */
export const formatDay = (t: number, zone: string, weekday = false) =>
  formatter(zone, {
    day: "numeric",
    month: "short",
    ...(weekday ? { weekday: "short" } : {}),
  })
    .format(t)
    .replace(",", "");

/** "CET", "GMT+5:45": the short name of the zone at that instant. */
export function zoneName(t: number, zone: string): string {
  const part = formatter(zone, { hour: "2-digit", timeZoneName: "short" })
    .formatToParts(t)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? zone;
}

const localDay = (t: number, zone: string) => Math.floor(toWall(t, zone) / DAY);

/**
 * Ticks on round local times within the range, at most about `maxTicks`.
 * Steps below a day are counted from local midnight, so they stay round in
 * zones with :30 or :45 offsets and after a DST change.
 */
export function computeTicks(
  range: TimeRange,
  zone: string,
  maxTicks: number,
): { step: number; ticks: Tick[] } {
  const step = chooseTickStep(range.end - range.start, maxTicks);
  const wallStart = toWall(range.start, zone);
  const wallEnd = toWall(range.end, zone);
  // Weeks start on Monday (the Unix epoch was a Thursday).
  const origin = step >= 7 * DAY ? 4 * DAY : 0;
  const first = Math.ceil((wallStart - origin) / step) * step + origin;
  const seconds = step < MINUTE;
  const dayTicks = step >= DAY;
  const ticks: Tick[] = [];
  let previousDay: number | null = null;
  let lastT = -Infinity;
  for (let wall = first; wall <= wallEnd + 1; wall += step) {
    const t = fromWall(wall, zone);
    if (t < range.start || t > range.end || t <= lastT) continue;
    lastT = t;
    const day = localDay(t, zone);
    const midnight = toWall(t, zone) % DAY === 0;
    ticks.push({
      t,
      label: dayTicks ? formatDay(t, zone, step < 7 * DAY) : formatClock(t, zone, seconds),
      dateLabel: !dayTicks && day !== previousDay ? formatDay(t, zone, true) : null,
      major: midnight,
    });
    previousDay = day;
  }
  return { step, ticks };
}

// ---------------------------------------------------------------- range text

/** "20 Nov 11:30 – 12:10 CET", "20 Nov 22:00 – 23 Nov 09:00 CET", seconds when short. */
export function formatRange(range: TimeRange, zone: string): string {
  const seconds = range.end - range.start < 10 * MINUTE;
  const startDay = formatDay(range.start, zone);
  const endDay = formatDay(range.end, zone);
  const from = `${startDay} ${formatClock(range.start, zone, seconds)}`;
  const to =
    startDay === endDay
      ? formatClock(range.end, zone, seconds)
      : `${endDay} ${formatClock(range.end, zone, seconds)}`;
  return `${from} – ${to} ${zoneName(range.start, zone)}`;
}

/** "14:05 CET", or with the date when the incident spans several days ("20 Nov 14:05 CET"). */
export function formatMoment(t: number, zone: string, withDate: boolean, seconds = false): string {
  const clock = formatClock(t, zone, seconds);
  return `${withDate ? `${formatDay(t, zone)} ` : ""}${clock} ${zoneName(t, zone)}`;
}

export const timeUnits = { SECOND, MINUTE, HOUR, DAY } as const;
