// Reads the times found in import files: ISO 8601 with an offset, naive
// wall-clock times in the incident's zone, and epoch seconds/milliseconds.
import { dateTimeFormat, matchedWallClock, zonedWallClock } from "@/lib/time";

export type TimeResult = { ok: true; date: Date; warning?: string } | { ok: false; reason: string };

const ISO_WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const NAIVE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
const EPOCH = /^\d{9,13}(\.\d+)?$/;

// Plausible incident times: anything else is almost certainly a wrong column.
const MIN = Date.UTC(1990, 0, 1);
const MAX = Date.UTC(2200, 0, 1);

const HINT =
  "use ISO 8601 with an offset (2026-11-20T14:05:00Z), “YYYY-MM-DD HH:mm” in the incident time zone, or epoch seconds";

function plausible(date: Date, raw: string): TimeResult {
  if (Number.isNaN(date.getTime())) return { ok: false, reason: `Time “${raw}” is not a valid date.` };
  if (date.getTime() < MIN || date.getTime() > MAX)
    return { ok: false, reason: `Time “${raw}” is outside 1990–2200; is this the right column?` };
  return { ok: true, date };
}

/** Epoch seconds (10 digits) or milliseconds (13 digits), as a number or digits. */
export function fromEpoch(value: number): Date {
  return new Date(value >= 1e12 ? value : value * 1000);
}

/** "2026-10-25T02:30:00" for an instant in a zone. */
export function wallTime(date: Date, zone: string): string {
  const f = dateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/**
 * A wall-clock time in `zone`. Times that happen twice (clocks went back)
 * take the earlier one; times that do not exist (clocks went forward) move
 * forward. Both come with a warning.
 */
export function parseNaive(value: string, zone: string): TimeResult {
  const m = NAIVE.exec(value);
  if (!m) return { ok: false, reason: `Time “${value}” is not readable: ${HINT}.` };
  const seconds = Number(m[6] ?? 0);
  const ms = m[7] ? Number(m[7].padEnd(3, "0").slice(0, 3)) : 0;
  if (seconds > 59) return { ok: false, reason: `Time “${value}” is not a valid date.` };
  // Zone offsets change on minute boundaries: look each minute up once (the
  // zone lookups are the slow part, and files repeat the same minutes).
  const minute = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  const key = `${zone}|${minute}`;
  let base = naiveCache.get(key);
  if (!base) {
    base = parseNaiveUncached(minute, zone);
    if (naiveCache.size > 50_000) naiveCache.clear();
    naiveCache.set(key, base);
  }
  if (!base.ok)
    return base.reason.includes(minute) ? { ok: false, reason: base.reason.replace(minute, value) } : base;
  const date = new Date(base.date.getTime() + seconds * 1000 + ms);
  return base.warning ? { ok: true, date, warning: base.warning } : { ok: true, date };
}
const naiveCache = new Map<string, TimeResult>();

function parseNaiveUncached(value: string, zone: string): TimeResult {
  const m = NAIVE.exec(value);
  if (!m) return { ok: false, reason: `Time “${value}” is not readable: ${HINT}.` };
  const ms = m[7] ? Number(m[7].padEnd(3, "0").slice(0, 3)) : 0;
  const candidate = zonedWallClock(zone, { ...matchedWallClock(m), millisecond: ms });
  if (!candidate) return { ok: false, reason: `Time “${value}” is not a valid date.` };
  let date = new Date(candidate.getTime());
  const wanted = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}`;
  const hhmm = `${m[4]}:${m[5]}`;
  let warning: string | undefined;
  const actual = wallTime(date, zone);
  if (actual !== wanted) {
    warning = `${hhmm} does not exist in ${zone} on ${m[1]}-${m[2]}-${m[3]} (the clocks went forward); read as ${actual.slice(11, 16)}.`;
  } else {
    const hourEarlier = new Date(date.getTime() - 3_600_000);
    const hourLater = new Date(date.getTime() + 3_600_000);
    if (wallTime(hourEarlier, zone) === wanted) {
      date = hourEarlier;
      warning = `${hhmm} happens twice in ${zone} on ${m[1]}-${m[2]}-${m[3]} (the clocks went back); read as the first one. Use an offset (e.g. +01:00) to be exact.`;
    } else if (wallTime(hourLater, zone) === wanted) {
      warning = `${hhmm} happens twice in ${zone} on ${m[1]}-${m[2]}-${m[3]} (the clocks went back); read as the first one. Use an offset (e.g. +01:00) to be exact.`;
    }
  }
  const result = plausible(date, value);
  return result.ok && warning ? { ...result, warning } : result;
}

/** Any supported time format; naive ones are read in `zone`. */
export function parseImportTime(input: string | number | null | undefined, zone: string): TimeResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, reason: "Time is not a number." };
    return plausible(fromEpoch(input), String(input));
  }
  const value = (input ?? "").trim();
  if (!value) return { ok: false, reason: "Time is missing." };
  if (EPOCH.test(value)) return plausible(fromEpoch(Number(value)), value);
  const iso = ISO_WITH_OFFSET.exec(value);
  if (iso) {
    let offset = iso[3]!.toUpperCase();
    if (offset !== "Z") {
      const digits = offset.slice(1).replace(":", "");
      offset = `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`;
    }
    // Date.parse takes at most milliseconds.
    const clock = iso[2]!.replace(/(\.\d{3})\d+$/, "$1");
    return plausible(new Date(`${iso[1]}T${clock}${offset}`), value);
  }
  if (NAIVE.test(value)) return parseNaive(value, zone);
  return { ok: false, reason: `Time “${value.slice(0, 60)}” is not readable: ${HINT}.` };
}
