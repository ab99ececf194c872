import { describe, expect, it } from "vitest";
import { parseImportTime } from "./time";

const BERLIN = "Europe/Berlin";
const iso = (v: string | number) => {
  const r = parseImportTime(v, BERLIN);
  return r.ok ? r.date.toISOString() : `error: ${r.reason}`;
};

describe("parseImportTime", () => {
  it("reads ISO 8601 with Z or an offset, with or without seconds and fractions", () => {
    expect(iso("2026-11-20T14:05:00Z")).toBe("2026-11-20T14:05:00.000Z");
    expect(iso("2026-11-20T14:05Z")).toBe("2026-11-20T14:05:00.000Z");
    expect(iso("2026-11-20 15:05:00+01:00")).toBe("2026-11-20T14:05:00.000Z");
    expect(iso("2026-11-20T15:05:00+0100")).toBe("2026-11-20T14:05:00.000Z");
    expect(iso("2026-11-20T09:05:00.123456-05")).toBe("2026-11-20T14:05:00.123Z");
  });

  it("reads naive times in the incident zone", () => {
    expect(iso("2026-11-20 15:05")).toBe("2026-11-20T14:05:00.000Z");
    expect(iso("2026-11-20T15:05")).toBe("2026-11-20T14:05:00.000Z");
    expect(iso("2026-07-01 15:05:30")).toBe("2026-07-01T13:05:30.000Z");
  });

  it("reads epoch seconds and milliseconds, as digits or numbers", () => {
    expect(iso("1763647500")).toBe("2025-11-20T14:05:00.000Z");
    expect(iso("1763647500000")).toBe("2025-11-20T14:05:00.000Z");
    expect(iso(1763647500)).toBe("2025-11-20T14:05:00.000Z");
    expect(iso("1763647500.5")).toBe("2025-11-20T14:05:00.500Z");
  });

  it("explains what is wrong", () => {
    expect(iso("")).toBe("error: Time is missing.");
    expect(iso("yesterday at 5")).toMatch(/not readable: use ISO 8601/);
    expect(iso("2026-02-31 10:00")).toMatch(/not a valid date/);
    expect(iso("2026-13-01 10:00")).toMatch(/not a valid date/);
    expect(iso("1970-01-02T00:00:00Z")).toMatch(/outside 1990–2200/);
  });

  it("takes the first of a time that happens twice (clocks back) and warns", () => {
    const r = parseImportTime("2026-10-25 02:30", BERLIN);
    expect(r.ok && r.date.toISOString()).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST
    expect(r.ok && r.warning).toMatch(/happens twice .* read as the first one/);
    // With an offset there is no doubt.
    const exact = parseImportTime("2026-10-25T02:30+01:00", BERLIN);
    expect(exact.ok && exact.date.toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(exact.ok && exact.warning).toBeUndefined();
  });

  it("moves a time that does not exist (clocks forward) and warns", () => {
    const r = parseImportTime("2026-03-29 02:30", BERLIN);
    expect(r.ok && r.date.toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    expect(r.ok && r.warning).toMatch(/02:30 does not exist .* read as 03:30/);
  });

  it("gives no warning on ordinary days", () => {
    const r = parseImportTime("2026-10-25 04:30", BERLIN);
    expect(r.ok && r.warning).toBeUndefined();
  });
});
