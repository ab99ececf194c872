import { describe, expect, it } from "vitest";
import { checkMilestoneOrder, deriveDurations } from "./milestones";

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 12, 0) + minutes * 60_000);

describe("milestone order", () => {
  it("accepts ordered and partial milestones", () => {
    expect(checkMilestoneOrder({ startedAt: t(0), detectedAt: t(5), resolvedAt: t(60) })).toEqual([]);
    expect(checkMilestoneOrder({ detectedAt: t(5) })).toEqual([]);
    expect(checkMilestoneOrder({ startedAt: t(0), detectedAt: t(0) })).toEqual([]);
  });

  it("flags a milestone before an earlier one", () => {
    const issues = checkMilestoneOrder({ startedAt: t(10), detectedAt: t(5), resolvedAt: t(60) });
    expect(issues).toEqual([{ field: "detectedAt", message: "Detected cannot be before started." }]);
  });

  it("compares with the last valid milestone, skipping gaps", () => {
    const issues = checkMilestoneOrder({ startedAt: t(0), mitigatedAt: t(30), resolvedAt: t(20) });
    expect(issues.map((i) => i.field)).toEqual(["resolvedAt"]);
  });
});

describe("derived durations", () => {
  it("measures each from started, with its definition", () => {
    const d = deriveDurations({
      startedAt: t(0),
      detectedAt: t(7),
      acknowledgedAt: t(9),
      mitigatedAt: t(40),
      resolvedAt: t(125),
    });
    expect(d.map((x) => [x.key, x.ms])).toEqual([
      ["ttd", 7 * 60_000],
      ["tta", 9 * 60_000],
      ["ttm", 40 * 60_000],
      ["ttr", 125 * 60_000],
    ]);
    expect(d[0]!.definition).toBe("detected − started");
  });

  it("is null without a start or an end", () => {
    expect(deriveDurations({ detectedAt: t(7) }).every((x) => x.ms === null)).toBe(true);
    expect(deriveDurations({ startedAt: t(0) }).every((x) => x.ms === null)).toBe(true);
  });
});
