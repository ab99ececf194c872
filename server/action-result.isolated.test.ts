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

  it("never sends an unexpected error's message to the browser: a reference, logged with the error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const secret = new Error(
        'duplicate key value violates unique constraint "User_email_key" (password=hunter2)',
      );
      const result = await errorResult(secret, { title: "Kept" });
      const reference = /Reference: ([0-9a-f]{8})$/.exec(result.formError ?? "")?.[1];
      expect(reference).toBeDefined();
      expect(JSON.stringify(result)).not.toMatch(/duplicate|User_email_key|hunter2/);
      expect(result).toEqual({
        status: "error",
        formError: `Something went wrong on our side. Nothing was changed. Reference: ${reference}`,
        values: { title: "Kept" },
      });
      // The operator finds the error by the reference the user reports.
      expect(logged).toHaveBeenCalledWith(`[kintsugi] unexpected error ref=${reference}`, secret);
      // Not even a string thrown by a library gets through.
      const thrown = await actionFailure("connection string postgres://admin:pw@db", (r) => `ref ${r}`);
      expect(thrown.formError).toMatch(/^ref [0-9a-f]{8}$/);
    } finally {
      logged.mockRestore();
    }
  });

  it("lets Next's redirect and notFound through as control flow, not as failures", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;" });
    await expect(actionFailure(redirect, () => "unexpected")).rejects.toBe(redirect);
  });
});
