import { describe, expect, it } from "vitest";
import { moveButton } from "./workflow-moves";

describe("workflow move buttons", () => {
  it("name each move as the status bar shows it", () => {
    expect(moveButton("DRAFT", "IN_REVIEW")).toEqual({ label: "Submit for review", tone: "primary" });
    expect(moveButton("IN_REVIEW", "APPROVED")).toEqual({ label: "Approve", tone: "primary" });
    expect(moveButton("PUBLISHED", "DRAFT")).toEqual({ label: "Reopen for correction", tone: "danger" });
    expect(moveButton("APPROVED", "DRAFT").label).toBe("Back to draft");
  });

  it("still name a move the policy gains before this list does", () => {
    expect(moveButton("PUBLISHED", "NOT_REQUIRED")).toEqual({
      label: "Move to not required",
      tone: "secondary",
    });
  });
});
