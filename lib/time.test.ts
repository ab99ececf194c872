import { describe, expect, it } from "vitest";
import { formatDuration, isValidTimeZone, parseLocalDateTime, toLocalInputValue } from "./time";

describe("time zones", () => {
  it("parses wall-clock input in the incident's zone", () => {
    expect(parseLocalDateTime("2026-11-20T14:05", "Europe/Berlin")?.toISOString()).toBe(
      "2026-11-20T13:05:00.000Z",
    );
    expect(parseLocalDateTime("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-07-01T13:00:00.000Z",
    );
    expect(parseLocalDateTime("2026-11-20T14:05", "UTC")?.toISOString()).toBe("2026-11-20T14:05:00.000Z");
  });

  it("rejects malformed and impossible dates", () => {
    expect(parseLocalDateTime("yesterday", "UTC")).toBeNull();
    expect(parseLocalDateTime("2026-02-31T10:00", "UTC")).toBeNull();
    expect(parseLocalDateTime("2026-13-01T10:00", "UTC")).toBeNull();
  });

  it("round-trips to an input value", () => {
    const d = parseLocalDateTime("2026-03-29T03:30", "Europe/Berlin")!;
    expect(toLocalInputValue(d, "Europe/Berlin")).toBe("2026-03-29T03:30");
  });

  it("validates zone names", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("formatDuration", () => {
  it("uses the two largest units", () => {
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(7 * 60_000)).toBe("7 min");
    expect(formatDuration(13 * 3600_000 + 25 * 60_000)).toBe("13 h 25 min");
    expect(formatDuration(2 * 86400_000 + 4 * 3600_000 + 60_000)).toBe("2 d 4 h");
    expect(formatDuration(-5 * 60_000)).toBe("−5 min");
  });
});
