import { describe, expect, it } from "vitest";
import { permissionGaps } from "./permissions";

describe("permission gaps", () => {
  it("finds excess, used-but-not-needed and missing scopes", () => {
    const gaps = permissionGaps({
      granted: ["s3:GetObject"],
      inherited: ["cloudformation:DeleteStack", "ec2:TerminateInstances"],
      needed: ["s3:GetObject", "ecs:UpdateService"],
      used: ["s3:GetObject", "cloudformation:DeleteStack"],
    });
    expect(gaps.excess).toEqual(["cloudformation:DeleteStack", "ec2:TerminateInstances"]);
    expect(gaps.usedNotNeeded).toEqual(["cloudformation:DeleteStack"]);
    expect(gaps.missing).toEqual(["ecs:UpdateService"]);
  });

  it("compares case-insensitively, ignores blanks and duplicates", () => {
    const gaps = permissionGaps({
      granted: ["Prod DB Admin", " prod db admin ", ""],
      inherited: [],
      needed: ["prod db admin"],
      used: [],
    });
    expect(gaps).toEqual({ excess: [], usedNotNeeded: [], missing: [] });
  });

  it("treats a held wildcard as covering what is needed, but as excess itself", () => {
    const gaps = permissionGaps({
      granted: ["s3:*"],
      inherited: [],
      needed: ["s3:GetObject"],
      used: ["s3:GetObject"],
    });
    expect(gaps.missing).toEqual([]);
    expect(gaps.usedNotNeeded).toEqual([]);
    expect(gaps.excess).toEqual(["s3:*"]);
  });
});
