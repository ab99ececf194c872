// Fast time entry for the timeline: "+5m", "-2m", "+1h30m" relative to a
// reference event, "14:05" / "14:05:30" as a wall-clock time in the incident
// zone on the reference's day, or a full "2026-11-20 14:05[:30]". Pure, so the
// entry row can show the parsed time as the user types.
import { TZDate } from "@date-fns/tz";
import { dateTimeFormat, matchedWallClock, zonedWallClock, type WallClock } from "@/lib/time";

export type TimeParse = { ok: true; at: Date } | { ok: false; error: string };

const RELATIVE = /^([+-])\s*((?:\d+\s*(?:d|h|hr|m|min|s|sec)\s*)+)$/i;
const PART = /(\d+)\s*(d|hr|h|min|m|sec|s)/gi;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const FULL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const unitMs: Record<string, number> = {
  d: 86_400_000,
  h: 3_600_000,
  hr: 3_600_000,
  m: 60_000,
  min: 60_000,
  s: 1_000,
  sec: 1_000,
};

/** Longest relative offset accepted (a typo like "+5000h" should not silently land years away). */
const MAX_OFFSET_MS = 30 * 86_400_000;
const HALF_DAY_MS = 12 * 3_600_000;

export const TIME_INPUT_HELP =
  'Enter "+5m", "+1h30m" or "-2m" (after the previous event), "14:05" (that day, incident time) or "2026-11-20 14:05".';

/**
 * Builds the UTC instant of a wall-clock time in `zone`; null when that time
 * does not exist there (the hour skipped when clocks go forward) or the date
 * is not a real one (31 February).
 */
export function wallClockInZone(zone: string, parts: WallClock): Date | null {
  const date = zonedWallClock(zone, parts);
  if (
    !date ||
    date.getFullYear() !== parts.year ||
    date.getHours() !== parts.hour ||
    date.getMinutes() !== parts.minute
  )
    return null;
  return new Date(date.getTime());
}

function dayOf(at: Date, zone: string) {
  const d = new TZDate(at.getTime(), zone);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function nextDay(day: { year: number; month: number; day: number }) {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Parses what the user typed in a time field. `reference` is the previous
 * event's time (or the last one entered); relative and clock-only input need it.
 *
 * A clock time is placed on the reference's day in the incident zone, except
 * when that would put it more than 12 hours before the reference: then it is
 * the next day ("00:10" right after "23:55" means just after midnight).
 */
export function parseTimeInput(input: string, options: { zone: string; reference: Date | null }): TimeParse {
  const value = input.trim();
  const { zone, reference } = options;
  if (!value) return { ok: false, error: "Enter a time." };

  const relative = RELATIVE.exec(value);
  if (relative) {
    if (!reference)
      return {
        ok: false,
        error: 'There is no earlier event to count from: enter a full time like "2026-11-20 14:05".',
      };
    let ms = 0;
    for (const [, amount, unit] of relative[2]!.matchAll(PART))
      ms += Number(amount) * unitMs[unit!.toLowerCase()]!;
    if (ms > MAX_OFFSET_MS)
      return { ok: false, error: "That offset is more than 30 days; enter a full date." };
    return { ok: true, at: new Date(reference.getTime() + (relative[1] === "-" ? -ms : ms)) };
  }

  const clock = CLOCK.exec(value);
  if (clock) {
    if (!reference)
      return {
        ok: false,
        error: 'There is no earlier event to take the day from: enter a full time like "2026-11-20 14:05".',
      };
    const [hour, minute, second] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59)
      return { ok: false, error: `"${value}" is not a valid time of day.` };
    let day = dayOf(reference, zone);
    let at = wallClockInZone(zone, { ...day, hour, minute, second });
    if (at && reference.getTime() - at.getTime() > HALF_DAY_MS) {
      day = nextDay(day);
      at = wallClockInZone(zone, { ...day, hour, minute, second });
    }
    if (!at) return { ok: false, error: notInZone(`${pad(hour)}:${pad(minute)}`, day, zone) };
    return { ok: true, at };
  }

  const full = FULL.exec(value);
  if (full) {
    const { year, month, day, hour, minute, second } = matchedWallClock(full);
    const at = wallClockInZone(zone, { year, month, day, hour, minute, second });
    if (!at) {
      const realDate = wallClockInZone("UTC", { year, month, day, hour, minute, second });
      return realDate
        ? { ok: false, error: notInZone(`${pad(hour)}:${pad(minute)}`, { year, month, day }, zone) }
        : { ok: false, error: `"${value}" is not a valid date and time.` };
    }
    return { ok: true, at };
  }

  return { ok: false, error: `"${value}" is not a time Kintsugi understands. ${TIME_INPUT_HELP}` };
}

function notInZone(clock: string, day: { year: number; month: number; day: number }, zone: string) {
  return `${clock} does not exist on ${day.year}-${pad(day.month)}-${pad(day.day)} in ${zone} (the clocks skipped that hour).`;
}

function formatter(zone: string, withYear: boolean, withSeconds: boolean) {
  return dateTimeFormat("en-GB", {
    timeZone: zone,
    day: "numeric",
    month: "short",
    ...(withYear && { year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
    ...(withSeconds && { second: "2-digit" }),
    hourCycle: "h23",
    timeZoneName: "short",
  });
}

/** "20 Nov 14:05 CET", with seconds when they are not zero and the year when `withYear`. */
export function formatEventTime(at: Date, zone: string, options: { withYear?: boolean } = {}): string {
  const parts = formatter(zone, options.withYear ?? false, at.getUTCSeconds() !== 0).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const time = [get("hour"), get("minute"), get("second")].filter(Boolean).join(":");
  return [get("day"), get("month"), get("year"), time, get("timeZoneName")].filter(Boolean).join(" ");
}

/** The value to put back in a time field when editing: "2026-11-20 14:05" (seconds when set), in `zone`. */
export function toTimeInputValue(at: Date, zone: string): string {
  const d = new TZDate(at.getTime(), zone);
  const base = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.getSeconds() ? `${base}:${pad(d.getSeconds())}` : base;
}
