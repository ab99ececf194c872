import { describe, expect, it } from "vitest";
import { createPostmortemSchema } from "./postmortems";

const valid = {
  title: "Checkout errors",
  severity: "SEV2",
  timeZone: "Europe/Berlin",
  startedAt: "2026-11-20T14:05",
  template: "amazon-coe",
};

describe("create postmortem input", () => {
  it("converts the start to UTC in the incident's zone", () => {
    const r = createPostmortemSchema.parse(valid);
    expect(r.startedAt?.toISOString()).toBe("2026-11-20T13:05:00.000Z");
  });

  it("allows no start", () => {
    expect(createPostmortemSchema.parse({ ...valid, startedAt: "" }).startedAt).toBeNull();
  });

  it("reports each bad field by name", () => {
    const r = createPostmortemSchema.safeParse({
      title: " ",
      severity: "SEV9",
      timeZone: "Nowhere/Land",
      startedAt: "",
      template: "x",
    });
    expect(r.success).toBe(false);
    const fields = new Set(r.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["title", "severity", "timeZone", "template"]));
  });

  it("reports a bad start together with other bad fields", () => {
    const r = createPostmortemSchema.safeParse({ ...valid, title: "ab", startedAt: "2999-01-01T00:00" });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["startedAt", "title"]);
  });

  it("rejects a start in the future or an invalid date", () => {
    const future = createPostmortemSchema.safeParse({ ...valid, startedAt: "2999-01-01T00:00" });
    expect(future.error?.issues[0]?.message).toMatch(/future/);
    const bad = createPostmortemSchema.safeParse({ ...valid, startedAt: "2026-02-30T10:00" });
    expect(bad.error?.issues[0]?.path).toEqual(["startedAt"]);
  });
});
