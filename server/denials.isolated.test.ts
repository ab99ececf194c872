import { beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";

const actor = { userId: "u1" };
const getActor = vi.fn(async (): Promise<typeof actor | null> => actor);
const recordDenial = vi.fn<(actor: unknown, error: unknown) => Promise<boolean>>(async () => true);
const notFound = vi.fn(() => {
  throw new Error("NEXT_NOT_FOUND");
});
vi.mock("@/server/auth/session", () => ({ getActor }));
vi.mock("./audit-denials", () => ({ recordDenial }));
vi.mock("next/navigation", () => ({ notFound }));
const { auditDenied, refusePage } = await import("./denials");

describe("auditing refusals at the boundary", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    getActor.mockResolvedValue(actor);
  });

  it("records not found and forbidden for the signed-in person", async () => {
    const missing = new NotFoundError("Postmortem not found");
    const refused = new ForbiddenError("No.");
    await auditDenied(missing);
    await auditDenied(refused);
    expect(recordDenial.mock.calls).toEqual([
      [actor, missing],
      [actor, refused],
    ]);
  });

  it("ignores other errors and requests without a session", async () => {
    await auditDenied(new RuleError("Enter a title."));
    await auditDenied(new Error("boom"));
    getActor.mockResolvedValue(null);
    await auditDenied(new NotFoundError());
    expect(recordDenial).not.toHaveBeenCalled();
  });

  it("never turns a refusal into a failure when auditing fails", async () => {
    recordDenial.mockRejectedValueOnce(new Error("database down"));
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    await expect(auditDenied(new NotFoundError())).resolves.toBeUndefined();
  });

  it("refuses a page: audited, then Next's 404", async () => {
    await expect(refusePage({ entityType: "Site", action: "administer" })).rejects.toThrow("NEXT_NOT_FOUND");
    expect(recordDenial).toHaveBeenCalledWith(
      actor,
      expect.objectContaining({ subject: { entityType: "Site", action: "administer" } }),
    );
    expect(notFound).toHaveBeenCalled();
  });
});
