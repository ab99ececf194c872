import { beforeEach, describe, expect, it, vi } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";

const auditDenied = vi.fn<(error: unknown) => Promise<void>>(async () => {});
vi.mock("./denials", () => ({ auditDenied }));
const { actionFailure, errorResult } = await import("./action-result");

describe("action failures", () => {
  beforeEach(() => auditDenied.mockClear());

  it.each([
    ["not found", new NotFoundError("Postmortem not found")],
    ["forbidden", new ForbiddenError("Only writers of the owning team can edit this postmortem.")],
  ])("audit a refusal (%s) before answering", async (_name, error) => {
    const result = await actionFailure(error, () => "unexpected");
    expect(auditDenied).toHaveBeenCalledWith(error);
    expect(result).toEqual({ status: "error", formError: error.message });
  });

  it("answer other expected errors as before (auditDenied keeps only refusals, see denials.test.ts)", async () => {
    expect(await errorResult(new RuleError("Enter a title.", "title"), { title: "" })).toEqual({
      status: "error",
      formError: "Enter a title.",
      fieldErrors: { title: ["Enter a title."] },
      values: { title: "" },
    });
    expect(await actionFailure(new ConflictError("Changed meanwhile."), () => "x")).toEqual({
      status: "error",
      formError: "Changed meanwhile.",
    });
  });
});
