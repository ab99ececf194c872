import { describe, expect, it } from "vitest";
import {
  defaultSeverity,
  defaultSeverityScale,
  describeSeverity,
  isInScale,
  parseSeverityScale,
  severityOptions,
  severityRange,
  severityScaleFromForm,
  severityScaleSchema,
  storedSeverityScale,
} from "./severity";

const five = {
  count: 5,
  levels: [
    { label: "Critical", description: "all down" },
    { label: "Major", description: "many" },
    { label: "Minor", description: "some" },
    { label: "Low", description: "none" },
    { label: "Info", description: "" },
  ],
};

describe("the severity scale", () => {
  it("defaults to SEV1–SEV4 with a name and a description for every level", () => {
    expect(severityRange(defaultSeverityScale)).toBe("SEV1–SEV4");
    expect(defaultSeverityScale.levels.map((l) => l.value)).toEqual(["SEV1", "SEV2", "SEV3", "SEV4", "SEV5"]);
    expect(defaultSeverityScale.levels.every((l) => l.label && l.description)).toBe(true);
    expect(severityOptions(defaultSeverityScale).map((o) => o.value)).toEqual([
      "SEV1",
      "SEV2",
      "SEV3",
      "SEV4",
    ]);
    expect(severityOptions(defaultSeverityScale)[0]!.label).toBe(
      "SEV1 — Critical: all customers affected, or data lost",
    );
  });

  it("keeps an off-scale level readable, and offers it only where it is already set", () => {
    const info = describeSeverity(defaultSeverityScale, "SEV5");
    expect(info).toMatchObject({ value: "SEV5", label: "Informational", inScale: false });
    expect(isInScale(defaultSeverityScale, "SEV5")).toBe(false);
    const options = severityOptions(defaultSeverityScale, "SEV5");
    expect(options.map((o) => o.value)).toEqual(["SEV1", "SEV2", "SEV3", "SEV4", "SEV5"]);
    expect(options.at(-1)!.label).toMatch(/\(no longer on the scale\)$/);
    expect(severityOptions(defaultSeverityScale, "SEV2")).toHaveLength(4);
  });

  it("parses a stored five-level scale and round-trips it", () => {
    const scale = parseSeverityScale(five);
    expect(scale.count).toBe(5);
    expect(scale.levels[4]).toEqual({ value: "SEV5", label: "Info", description: "" });
    expect(isInScale(scale, "SEV5")).toBe(true);
    expect(parseSeverityScale(storedSeverityScale(scale))).toEqual(scale);
  });

  it("falls back to the default when nothing or something broken is stored", () => {
    expect(parseSeverityScale(null)).toBe(defaultSeverityScale);
    expect(parseSeverityScale({ count: 9, levels: [] })).toBe(defaultSeverityScale);
  });

  it("refuses 3 or 6 levels, empty or repeated names and long text", () => {
    const errors = (input: unknown) =>
      severityScaleSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ??
      [];
    expect(errors({ ...five, count: 3 })).toEqual(["count: Choose 4 or 5 levels."]);
    expect(errors({ ...five, count: 6 })).toEqual(["count: Choose 4 or 5 levels."]);
    expect(errors({ ...five, count: "many" })).toEqual(["count: Choose 4 or 5 levels."]);
    const levels = five.levels.map((l) => ({ ...l }));
    levels[1]!.label = " ";
    levels[2]!.label = "critical";
    levels[3]!.description = "x".repeat(161);
    expect(errors({ ...five, levels })).toEqual([
      "levels.1.label: Give the level a name.",
      "levels.3.description: Use at most 160 characters.",
      "levels.2.label: SEV1 already has this name.",
    ]);
    // A repeated name counts only among the levels in use.
    expect(
      errors({ ...five, levels: five.levels.map((l, i) => (i === 2 ? { ...l, label: "CRITICAL" } : l)) }),
    ).toEqual(["levels.2.label: SEV1 already has this name."]);
    expect(
      errors({
        ...five,
        count: 4,
        levels: five.levels.map((l, i) => (i === 4 ? { ...l, label: "Low" } : l)),
      }),
    ).toEqual([]);
  });

  it("reads the admin form's fields", () => {
    const parsed = severityScaleSchema.parse(
      severityScaleFromForm({
        count: "5",
        ...Object.fromEntries(
          five.levels.flatMap((l, i) => [
            [`label-SEV${i + 1}`, l.label],
            [`description-SEV${i + 1}`, l.description],
          ]),
        ),
      }),
    );
    expect(parsed).toEqual(parseSeverityScale(five));
  });

  it("defaults a new postmortem to SEV3", () => {
    expect(defaultSeverity(defaultSeverityScale)).toBe("SEV3");
    expect(defaultSeverity(parseSeverityScale(five))).toBe("SEV3");
  });
});
