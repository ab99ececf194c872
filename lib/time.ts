// Time zone helpers: times are stored in UTC and entered/shown in a zone.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parses the value of an <input type="datetime-local"> ("2026-11-20T14:05")
 * as a wall-clock time in `zone`, returning the UTC instant (or null).
 */
export function parseLocalDateTime(value: string, zone: string): Date | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const date = zonedWallClock(zone, matchedWallClock(m));
  return date ? new Date(date.getTime()) : null;
}

export type WallClock = {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond?: number;
};

/** Groups 1–6 of a date-time pattern (year, month, day, hour, minute, second) as numbers; absent ones are 0. */
export function matchedWallClock(m: RegExpExecArray): WallClock {
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { year, month, day, hour, minute, second };
}

/**
 * A wall-clock time in `zone` as a zoned date; null when a part is out of
 * range or the date does not exist (31 February). A time in the hour skipped
 * when clocks go forward is moved forward (as TZDate does): callers that must
 * refuse it compare the hour and minute.
 */
export function zonedWallClock(zone: string, parts: WallClock): TZDate | null {
  const { year, month, day, hour, minute, second, millisecond = 0 } = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, second, millisecond, zone);
  // Reject dates that rolled over (e.g. 31 February).
  if (date.getDate() !== day || date.getMonth() !== month - 1) return null;
  return date;
}

/** A UTC instant as a datetime-local value in `zone`. */
export function toLocalInputValue(date: Date, zone: string): string {
  return format(new TZDate(date.getTime(), zone), "yyyy-MM-dd'T'HH:mm");
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl.DateTimeFormat built once per locale and options: building one
 * costs about 0.1 ms, and a list or a timeline formats a time per row.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** "20 Nov 2026, 14:05 CET" in `zone`. */
export function formatInZone(date: Date, zone: string): string {
  return dateTimeFormat("en-GB", {
    timeZone: zone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}

/** "3 h 25 min", "2 d 4 h", "45 s". */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  let s = Math.round(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts =
    d > 0
      ? [`${d} d`, h ? `${h} h` : ""]
      : h > 0
        ? [`${h} h`, m ? `${m} min` : ""]
        : m > 0
          ? [`${m} min`]
          : [`${s} s`];
  return (negative ? "−" : "") + parts.filter(Boolean).join(" ");
}
