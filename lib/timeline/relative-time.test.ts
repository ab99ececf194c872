import { describe, expect, it } from "vitest";
import { formatEventTime, parseTimeInput, toTimeInputValue, wallClockInZone } from "./relative-time";

const zone = "Europe/Berlin";
// 20 Nov 2026 14:05 CET = 13:05 UTC.
const ref = new Date("2026-11-20T13:05:00Z");
const parse = (input: string, reference: Date | null = ref, z = zone) =>
  parseTimeInput(input, { zone: z, reference });
const iso = (input: string, reference: Date | null = ref, z = zone) => {
  const r = parse(input, reference, z);
  if (!r.ok) throw new Error(r.error);
  return r.at.toISOString();
};

describe("relative offsets", () => {
  it("adds minutes, seconds, hours and combinations to the reference", () => {
    expect(iso("+5m")).toBe("2026-11-20T13:10:00.000Z");
    expect(iso("+90s")).toBe("2026-11-20T13:06:30.000Z");
    expect(iso("+1h30m")).toBe("2026-11-20T14:35:00.000Z");
    expect(iso("+ 1h 30m 15s")).toBe("2026-11-20T14:35:15.000Z");
    expect(iso("+2d")).toBe("2026-11-22T13:05:00.000Z");
    expect(iso("+5min")).toBe("2026-11-20T13:10:00.000Z");
    expect(iso("+1H")).toBe("2026-11-20T14:05:00.000Z");
  });

  it("subtracts with a minus sign", () => {
    expect(iso("-2m")).toBe("2026-11-20T13:03:00.000Z");
    expect(iso("-1h5m")).toBe("2026-11-20T12:00:00.000Z");
  });

  it("counts elapsed time across a DST change (clocks forward)", () => {
    // 29 Mar 2026 01:30 CET; one hour later the clocks read 03:30 CEST.
    const before = new Date("2026-03-29T00:30:00Z");
    const r = parse("+1h", before);
    expect(r.ok && formatEventTime(r.at, zone)).toBe("29 Mar 03:30 CEST");
  });

  it("needs a reference", () => {
    const r = parse("+5m", null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/no earlier event/);
  });

  it("refuses absurd offsets", () => {
    expect(parse("+5000h").ok).toBe(false);
  });
});

describe("clock times", () => {
  it("is that wall-clock time in the incident zone on the reference's day", () => {
    expect(iso("14:30")).toBe("2026-11-20T13:30:00.000Z");
    expect(iso("14:30:45")).toBe("2026-11-20T13:30:45.000Z");
    expect(iso("9:07")).toBe("2026-11-20T08:07:00.000Z");
    // Slightly earlier than the reference stays on the same day.
    expect(iso("14:01")).toBe("2026-11-20T13:01:00.000Z");
    expect(iso("03:00")).toBe("2026-11-20T02:00:00.000Z");
  });

  it("uses the day in the incident zone, not UTC's", () => {
    // 23:30 UTC on 20 Nov is already 21 Nov 08:30 in Tokyo.
    const late = new Date("2026-11-20T23:30:00Z");
    expect(iso("09:00", late, "Asia/Tokyo")).toBe("2026-11-21T00:00:00.000Z");
  });

  it("rolls over to the next day when it would be more than 12 hours earlier", () => {
    const nearMidnight = new Date("2026-11-20T22:55:00Z"); // 23:55 CET
    expect(iso("00:10", nearMidnight)).toBe("2026-11-20T23:10:00.000Z"); // 21 Nov 00:10 CET
    // Across a month and year end.
    const newYearsEve = new Date("2026-12-31T22:50:00Z"); // 23:50 CET
    expect(iso("00:05", newYearsEve)).toBe("2026-12-31T23:05:00.000Z");
  });

  it("flags a time skipped by a DST change", () => {
    const morning = new Date("2026-03-29T00:00:00Z"); // 01:00 CET, clocks jump at 02:00
    const r = parse("02:30", morning);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/does not exist/);
  });

  it("takes the first of the two repeated hours when clocks go back", () => {
    const morning = new Date("2026-10-25T00:00:00Z"); // 02:00 CEST
    expect(iso("02:30", morning)).toMatch(/^2026-10-25T0[01]:30:00.000Z$/);
  });

  it("rejects impossible clock times", () => {
    expect(parse("24:00").ok).toBe(false);
    expect(parse("12:60").ok).toBe(false);
    expect(parse("12:00:61").ok).toBe(false);
  });

  it("needs a reference", () => {
    expect(parse("14:05", null).ok).toBe(false);
  });
});

describe("full dates", () => {
  it("parses date and time in the incident zone, with or without a reference", () => {
    expect(iso("2026-11-20 14:05", null)).toBe("2026-11-20T13:05:00.000Z");
    expect(iso("2026-11-20T14:05:30", null)).toBe("2026-11-20T13:05:30.000Z");
    expect(iso("2026-07-01 14:05", null)).toBe("2026-07-01T12:05:00.000Z"); // CEST
    expect(iso("2026-11-20 14:05", null, "America/New_York")).toBe("2026-11-20T19:05:00.000Z");
  });

  it("rejects dates that do not exist", () => {
    expect(parse("2026-02-31 10:00").ok).toBe(false);
    expect(parse("2026-13-01 10:00").ok).toBe(false);
    const skipped = parse("2026-03-29 02:30");
    expect(!skipped.ok && skipped.error).toMatch(/does not exist/);
  });
});

describe("bad input", () => {
  it.each(["", "   ", "soon", "+5", "5m", "+m", "14", "14:5", "2026-11-20", "+5x", "++5m", "14:05pm"])(
    "rejects %j with a message",
    (input) => {
      const r = parse(input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.length).toBeGreaterThan(5);
    },
  );
});

describe("formatting", () => {
  it("shows the zone's abbreviation, seconds only when set", () => {
    expect(formatEventTime(ref, zone)).toBe("20 Nov 14:05 CET");
    expect(formatEventTime(new Date("2026-11-20T13:05:09Z"), zone)).toBe("20 Nov 14:05:09 CET");
    expect(formatEventTime(ref, zone, { withYear: true })).toBe("20 Nov 2026 14:05 CET");
    expect(formatEventTime(ref, "UTC")).toBe("20 Nov 13:05 UTC");
  });

  it("round-trips through the input value", () => {
    const at = new Date("2026-11-20T13:05:09Z");
    expect(toTimeInputValue(at, zone)).toBe("2026-11-20 14:05:09");
    expect(iso(toTimeInputValue(ref, zone), null)).toBe(ref.toISOString());
  });

  it("builds wall-clock instants and refuses missing ones", () => {
    const parts = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 };
    expect(wallClockInZone(zone, parts)).toBeNull();
    expect(wallClockInZone(zone, { ...parts, hour: 3 })?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});
