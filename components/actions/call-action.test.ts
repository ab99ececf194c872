import { redirect } from "next/navigation";
import { UnrecognizedActionError } from "next/dist/client/components/unrecognized-action-error";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callAction, callFormAction, unreachableMessages } from "./call-action";

afterEach(() => vi.unstubAllGlobals());

describe("callAction", () => {
  it("passes the answer through", async () => {
    await expect(callAction(async () => ({ status: "success" }))).resolves.toEqual({
      ok: true,
      value: { status: "success" },
    });
  });

  it("turns a call without an answer into a problem instead of an exception", async () => {
    vi.stubGlobal("navigator", { onLine: true });
    const failed = () => Promise.reject(new TypeError("Failed to fetch"));
    await expect(callAction(failed)).resolves.toEqual({
      ok: false,
      problem: { kind: "network", message: unreachableMessages.network },
    });
    vi.stubGlobal("navigator", { onLine: false });
    await expect(callAction(failed)).resolves.toMatchObject({ ok: false, problem: { kind: "offline" } });
    vi.stubGlobal("navigator", { onLine: true });
    await expect(
      callAction(() => Promise.reject(new Error("An unexpected response"))),
    ).resolves.toMatchObject({
      problem: { kind: "server" },
    });
  });

  it("recognises an action the server no longer knows (a redeploy)", async () => {
    const unknown = () => Promise.reject(new UnrecognizedActionError('Server Action "abc" was not found'));
    await expect(callAction(unknown)).resolves.toMatchObject({ ok: false, problem: { kind: "stale" } });
    expect(unreachableMessages.stale).toMatch(/Reload the page/);
  });

  it("lets Next's redirect through", async () => {
    await expect(callAction(async () => redirect("/postmortems/abc"))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/) as unknown,
    });
  });

  it("callFormAction answers a FormResult either way", async () => {
    vi.stubGlobal("navigator", { onLine: false });
    await expect(callFormAction(() => Promise.reject(new TypeError("x")))).resolves.toEqual({
      status: "error",
      formError: unreachableMessages.offline,
    });
  });
});
