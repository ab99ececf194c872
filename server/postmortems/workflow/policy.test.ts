import { describe, expect, it } from "vitest";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import {
  availableTransitions,
  canTransition,
  checkTransition,
  isCorrection,
} from "@/server/postmortems/workflow/policy";

const roles: TeamRole[] = ["VIEWER", "WRITER", "REVIEWER", "MANAGER", "ADMIN"];
const member = (role: TeamRole) => ({ role, isOwner: false, isAuthor: false });
const owner = (role: TeamRole = "WRITER") => ({ role, isOwner: true, isAuthor: true });
const author = (role: TeamRole) => ({ role, isOwner: false, isAuthor: true });

/** Which roles (not owning it) may make a move. */
const allowedRoles = (from: string, to: string) =>
  roles.filter((role) => canTransition(from, to, member(role)));

describe("workflow policy", () => {
  it("lets any writer (or the owner) submit a draft for review", () => {
    expect(allowedRoles("DRAFT", "IN_REVIEW")).toEqual(["WRITER", "REVIEWER", "MANAGER", "ADMIN"]);
    expect(canTransition("DRAFT", "IN_REVIEW", owner())).toBe(true);
  });

  it("lets the owner or a manager mark a draft not required", () => {
    expect(allowedRoles("DRAFT", "NOT_REQUIRED")).toEqual(["MANAGER", "ADMIN"]);
    expect(canTransition("DRAFT", "NOT_REQUIRED", owner())).toBe(true);
  });

  it.each(["APPROVED", "CHANGES_REQUESTED"])(
    "lets reviewers and up, but never the owner, move in-review to %s",
    (to) => {
      expect(allowedRoles("IN_REVIEW", to)).toEqual(["REVIEWER", "MANAGER", "ADMIN"]);
      for (const role of roles) expect(canTransition("IN_REVIEW", to, owner(role))).toBe(false);
      // Nor anyone who wrote part of it, whoever owns it now.
      for (const role of roles) expect(canTransition("IN_REVIEW", to, author(role))).toBe(false);
    },
  );

  it("lets the owner (or a manager) withdraw a review", () => {
    expect(canTransition("IN_REVIEW", "DRAFT", owner())).toBe(true);
    expect(allowedRoles("IN_REVIEW", "DRAFT")).toEqual(["MANAGER", "ADMIN"]);
  });

  it("lets writers take changes-requested back to draft or into review again", () => {
    expect(allowedRoles("CHANGES_REQUESTED", "DRAFT")).toEqual(["WRITER", "REVIEWER", "MANAGER", "ADMIN"]);
    expect(allowedRoles("CHANGES_REQUESTED", "IN_REVIEW")).toEqual([
      "WRITER",
      "REVIEWER",
      "MANAGER",
      "ADMIN",
    ]);
  });

  it.each([
    ["APPROVED", "PUBLISHED"],
    ["APPROVED", "DRAFT"],
    ["PUBLISHED", "DRAFT"],
    ["NOT_REQUIRED", "DRAFT"],
  ])("lets the owner or a manager move %s to %s", (from, to) => {
    expect(allowedRoles(from, to)).toEqual(["MANAGER", "ADMIN"]);
    expect(canTransition(from, to, owner())).toBe(true);
  });

  it("needs a non-empty reason to reopen a published postmortem", () => {
    expect(checkTransition("PUBLISHED", "DRAFT", owner(), "")).toEqual({
      ok: false,
      problem: "reason-required",
    });
    expect(checkTransition("PUBLISHED", "DRAFT", owner(), "   ")).toMatchObject({ ok: false });
    expect(checkTransition("PUBLISHED", "DRAFT", owner(), undefined)).toMatchObject({ ok: false });
    expect(checkTransition("PUBLISHED", "DRAFT", owner(), "Wrong duration")).toEqual({
      ok: true,
      requiresReason: true,
    });
    expect(isCorrection("PUBLISHED", "DRAFT")).toBe(true);
    expect(isCorrection("APPROVED", "DRAFT")).toBe(false);
  });

  it("reports a forbidden move before a missing reason", () => {
    expect(checkTransition("PUBLISHED", "DRAFT", member("WRITER"), "")).toEqual({
      ok: false,
      problem: "forbidden",
    });
  });

  it("denies viewers everything, even as owner, and actors without a role", () => {
    for (const from of ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "NOT_REQUIRED"]) {
      expect(availableTransitions(from, member("VIEWER"))).toEqual([]);
      expect(availableTransitions(from, owner("VIEWER"))).toEqual([]);
      expect(availableTransitions(from, { role: null, isOwner: true, isAuthor: true })).toEqual([]);
      expect(availableTransitions(from, { role: undefined, isOwner: false, isAuthor: false })).toEqual([]);
    }
  });

  it("denies unknown roles, statuses and moves that skip steps", () => {
    // @ts-expect-error a stale client could send an unknown role
    expect(canTransition("DRAFT", "IN_REVIEW", { role: "OWNER", isOwner: true, isAuthor: true })).toBe(false);
    // @ts-expect-error prototype keys are not roles
    expect(canTransition("DRAFT", "IN_REVIEW", { role: "toString", isOwner: true, isAuthor: true })).toBe(
      false,
    );
    expect(checkTransition("ARCHIVED", "DRAFT", member("ADMIN"))).toEqual({
      ok: false,
      problem: "no-such-transition",
    });
    expect(checkTransition("DRAFT", "PUBLISHED", member("ADMIN"))).toMatchObject({ ok: false });
    expect(checkTransition("DRAFT", "APPROVED", member("ADMIN"))).toMatchObject({ ok: false });
    expect(checkTransition("IN_REVIEW", "PUBLISHED", member("ADMIN"))).toMatchObject({ ok: false });
    expect(checkTransition("DRAFT", "DRAFT", member("ADMIN"))).toMatchObject({ ok: false });
    expect(checkTransition("PUBLISHED", "APPROVED", member("ADMIN"))).toMatchObject({ ok: false });
  });

  it("lists the moves for the status bar", () => {
    expect(availableTransitions("DRAFT", owner()).map((t) => t.to)).toEqual(["IN_REVIEW", "NOT_REQUIRED"]);
    expect(availableTransitions("DRAFT", member("WRITER")).map((t) => t.to)).toEqual(["IN_REVIEW"]);
    expect(availableTransitions("IN_REVIEW", member("REVIEWER")).map((t) => t.to)).toEqual([
      "APPROVED",
      "CHANGES_REQUESTED",
    ]);
    expect(availableTransitions("IN_REVIEW", owner("REVIEWER")).map((t) => t.to)).toEqual(["DRAFT"]);
    expect(availableTransitions("PUBLISHED", member("MANAGER"))).toEqual([
      { to: "DRAFT", requiresReason: true },
    ]);
    expect(availableTransitions("PUBLISHED", member("REVIEWER"))).toEqual([]);
  });
});
