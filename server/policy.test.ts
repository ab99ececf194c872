import { describe, expect, it } from "vitest";
import { canAssignRole, canEditPostmortem, canManageTeam, canReview, canView, canWrite } from "./policy";

describe("team policy", () => {
  it("orders roles viewer < writer < reviewer < manager < admin", () => {
    expect([canView("VIEWER"), canWrite("VIEWER"), canReview("VIEWER"), canManageTeam("VIEWER")]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([canView("WRITER"), canWrite("WRITER"), canReview("WRITER"), canManageTeam("WRITER")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([canWrite("REVIEWER"), canReview("REVIEWER"), canManageTeam("REVIEWER")]).toEqual([
      true,
      true,
      false,
    ]);
    expect([canReview("MANAGER"), canManageTeam("MANAGER")]).toEqual([true, true]);
    expect(canManageTeam("ADMIN")).toBe(true);
  });

  it("denies no role and unknown roles", () => {
    expect(canView(null)).toBe(false);
    expect(canView(undefined)).toBe(false);
    // @ts-expect-error an unknown role from a stale client must be denied
    expect(canView("OWNER")).toBe(false);
    // @ts-expect-error prototype keys are not roles
    expect(canView("toString")).toBe(false);
  });

  it("lets managers assign roles up to manager but not admin", () => {
    expect(canAssignRole("MANAGER", "WRITER")).toBe(true);
    expect(canAssignRole("MANAGER", "MANAGER")).toBe(true);
    expect(canAssignRole("MANAGER", "ADMIN")).toBe(false);
    expect(canAssignRole("MANAGER", "VIEWER", "ADMIN")).toBe(false);
    expect(canAssignRole("ADMIN", "ADMIN", "WRITER")).toBe(true);
    expect(canAssignRole("WRITER", "VIEWER")).toBe(false);
    expect(canAssignRole(null, "VIEWER", undefined, true)).toBe(true);
  });

  it("lets writers and above edit a postmortem's content only while it is a draft, in review or sent back", () => {
    for (const status of ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"] as const) {
      expect(canEditPostmortem("WRITER", status)).toBe(true);
      expect(canEditPostmortem("MANAGER", status)).toBe(true);
      expect(canEditPostmortem("VIEWER", status)).toBe(false);
      expect(canEditPostmortem(null, status)).toBe(false);
    }
    for (const status of ["APPROVED", "PUBLISHED", "NOT_REQUIRED"] as const) {
      expect(canEditPostmortem("ADMIN", status)).toBe(false);
    }
  });
});
