import { describe, expect, it } from "vitest";
import { normalizeScopes, permissionGaps, scopeCovers, scopeMark, scopeOrigin } from "./permissions";

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

describe("ledger helpers", () => {
  it("normalizes scopes: trims, drops blanks and case-insensitive duplicates", () => {
    expect(normalizeScopes([" s3:GetObject ", "S3:getobject", "", "prod  db", "ec2:*"])).toEqual([
      "s3:GetObject",
      "prod db",
      "ec2:*",
    ]);
  });

  it("says where a scope came from, own grants first", () => {
    const ledger = { granted: ["s3:GetObject"], inherited: ["s3:*", "ec2:TerminateInstances"] };
    expect(scopeOrigin(ledger, "S3:GETOBJECT")).toBe("granted");
    expect(scopeOrigin(ledger, "s3:DeleteBucket")).toBe("inherited");
    expect(scopeOrigin(ledger, "ec2:TerminateInstances")).toBe("inherited");
    expect(scopeOrigin(ledger, "rds:DeleteDBInstance")).toBe("not held");
  });

  it("marks each scope in the list it is shown in", () => {
    const gaps = permissionGaps({
      granted: ["a"],
      inherited: ["b"],
      needed: ["a", "c"],
      used: ["a", "b"],
    });
    expect(scopeMark("granted", "a", gaps)).toBeNull();
    expect(scopeMark("inherited", "B", gaps)).toBe("excess");
    expect(scopeMark("used", "b", gaps)).toBe("usedNotNeeded");
    expect(scopeMark("needed", "c", gaps)).toBe("missing");
    // A gap is only marked in the list where it means something.
    expect(scopeMark("used", "c", gaps)).toBeNull();
    expect(scopeCovers("s3:*", "s3:PutObject")).toBe(true);
    expect(scopeCovers("s3:PutObject", "s3:*")).toBe(false);
  });
});
