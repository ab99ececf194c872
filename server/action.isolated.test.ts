// The one Server Action pipeline (server/action.ts): one test per result kind,
// the order of its steps, and that an unexpected error never reaches the
// browser with its message.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { Actor } from "./auth/actor";

const actor = { userId: "u1", sessionId: "s1" } as unknown as Actor;
const requireActor = vi.fn(async () => actor);
const auditDenied = vi.fn<(error: unknown) => Promise<void>>(async () => {});
const revalidatePath = vi.fn();
const redirect = vi.fn((to: string) => {
  throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${to};307;` });
});
vi.mock("./auth/session", () => ({ requireActor }));
vi.mock("./denials", () => ({ auditDenied }));
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("next/navigation", () => ({ redirect }));
const { defineAction, defineFormAction, failureOf, isDefinedAction } = await import("./action");

const KEY = "0123456789abcdef0123456789abcdef";
const titled = z.object({ title: z.string().trim().min(1, "Enter a title.") });

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

beforeEach(() => {
  vi.clearAllMocks();
  requireActor.mockImplementation(async () => actor);
});

describe("defineAction", () => {
  const rename = defineAction({
    ids: ["postmortemId"],
    notFound: "Postmortem not found",
    input: titled,
    run: async ({ actor: who, ids, input }) => ({ id: ids.postmortemId, title: input.title, by: who.userId }),
    revalidate: ({ ids }) => [`/postmortems/${ids.postmortemId}`, { layout: "/postmortems" }],
  });

  it("success: the session's actor, parsed ids and input reach run; its data is spread in; paths revalidated", async () => {
    expect(isDefinedAction(rename)).toBe(true);
    expect(await rename("pm1", { title: "  Checkout  " })).toEqual({
      status: "success",
      id: "pm1",
      title: "Checkout",
      by: "u1",
    });
    expect(revalidatePath).toHaveBeenCalledWith("/postmortems/pm1");
    expect(revalidatePath).toHaveBeenCalledWith("/postmortems", "layout");
  });

  it("invalid input: field errors keyed by path, nothing run", async () => {
    const run = vi.fn();
    const nested = defineAction({
      input: z.object({
        actor: z.object({ name: z.string().min(1, "Name it."), tags: z.array(z.string().max(2, "Short.")) }),
      }),
      unwrap: "actor",
      run,
    });
    expect(await nested({ actor: { name: "", tags: ["ok", "too long"] } })).toEqual({
      status: "error",
      kind: "invalid",
      formError: "Please correct the highlighted fields.",
      // "actor." dropped; a list item's error belongs to the list ("tags.1" → "tags").
      fieldErrors: { name: ["Name it."], tags: ["Short."] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("a malformed id is not found, like a missing record, before the input is read", async () => {
    expect(await rename("", { title: "" })).toEqual({
      status: "error",
      kind: "expected",
      formError: "Postmortem not found",
    });
    expect(await rename("x".repeat(65), { title: "ok" })).toMatchObject({ kind: "expected" });
  });

  it("asks for the session first: no session, no validation, no run", async () => {
    const run = vi.fn();
    requireActor.mockImplementation(() => Promise.reject(new Error("NEXT_REDIRECT")));
    await expect(defineAction({ input: titled, run })({ title: "" })).rejects.toThrow("NEXT_REDIRECT");
    expect(run).not.toHaveBeenCalled();
    const open = defineAction({ public: true, run: async ({ actor: who }) => ({ who }) });
    expect(await open()).toEqual({ status: "success", who: null });
  });

  it("creates need an idempotency key, which run receives", async () => {
    const create = defineAction({
      input: titled,
      idempotent: true,
      run: async ({ idempotencyKey }) => ({ idempotencyKey }),
    });
    expect(await create({ title: "A" })).toMatchObject({ status: "error", kind: "expected" });
    expect(await create({ title: "A", idempotencyKey: KEY })).toEqual({
      status: "success",
      idempotencyKey: KEY,
    });
  });

  it("conflict: the message and what the other person saved", async () => {
    class TitleConflict extends ConflictError {
      constructor(readonly current: { title: string; version: number }) {
        super("Someone else changed the title.");
      }
    }
    const save = defineAction({
      input: titled,
      run: async (): Promise<object> => {
        throw new TitleConflict({ title: "Theirs", version: 4 });
      },
      conflict: (error) =>
        error instanceof TitleConflict ? { message: error.message, theirs: error.current } : undefined,
    });
    expect(await save({ title: "Mine" })).toEqual({
      status: "conflict",
      message: "Someone else changed the title.",
      theirs: { title: "Theirs", version: 4 },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("expected errors are said as they are; refusals are audited", async () => {
    const failing = (error: unknown) => defineAction({ run: () => Promise.reject(error) })();
    const forbidden = new ForbiddenError("Only writers can edit this.");
    expect(await failing(forbidden)).toEqual({
      status: "error",
      kind: "expected",
      formError: "Only writers can edit this.",
    });
    expect(auditDenied).toHaveBeenCalledWith(forbidden);
    expect(await failing(new NotFoundError("Postmortem not found"))).toMatchObject({
      formError: "Postmortem not found",
    });
    expect(await failing(new ConflictError("Changed meanwhile."))).toMatchObject({
      kind: "expected",
      formError: "Changed meanwhile.",
    });
    // A rule about one field is said beside it; the form only points there.
    expect(await failing(new RuleError("That email is taken.", "email"))).toEqual({
      status: "error",
      kind: "expected",
      formError: "Please correct the highlighted fields.",
      fieldErrors: { email: ["That email is taken."] },
    });
  });

  it("an unexpected error: a fixed sentence and a reference, never its message; logged with the error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const secret = new Error('duplicate key violates "User_email_key" (password=hunter2)');
      const result = await defineAction({ run: () => Promise.reject(secret) })();
      expect(result).toMatchObject({ status: "error", kind: "unexpected" });
      const reference = (result as { reference?: string }).reference;
      expect(reference).toMatch(/^[0-9a-f]{8}$/);
      expect(JSON.stringify(result)).not.toMatch(/duplicate|User_email_key|hunter2/);
      expect(result).toEqual({
        status: "error",
        kind: "unexpected",
        formError: `Not saved: something went wrong on our side. Nothing was changed. Reference: ${reference}`,
        reference,
      });
      expect(logged).toHaveBeenCalledWith(`[kintsugi] unexpected error ref=${reference}`, secret);
      // Not even a string thrown by a library, or a conflict no one mapped, gets through.
      const thrown = await failureOf("postgres://admin:pw@db");
      expect(thrown.formError).not.toContain("postgres");
      expect(thrown.kind).toBe("unexpected");
    } finally {
      logged.mockRestore();
    }
  });

  it("lets Next's redirect and notFound through as control flow; redirects after revalidating", async () => {
    const next = Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    await expect(defineAction({ run: () => Promise.reject(next) })()).rejects.toBe(next);
    const moved = defineAction({
      run: async () => ({ id: "pm9" }),
      revalidate: () => "/postmortems",
      redirect: (_context, { id }) => `/postmortems/${id}`,
    });
    await expect(moved()).rejects.toMatchObject({
      digest: expect.stringContaining("/postmortems/pm9") as unknown,
    });
    expect(revalidatePath).toHaveBeenCalledWith("/postmortems");
  });
});

describe("defineFormAction", () => {
  const rename = defineFormAction({
    ids: ["teamId"],
    input: titled.extend({ password: z.string().optional() }),
    run: async ({ input }) => ({ message: `Renamed to ${input.title}.` }),
  });

  it("reads the FormData and answers a success message", async () => {
    expect(isDefinedAction(rename)).toBe(true);
    expect(await rename("t1", { status: "idle" }, form({ title: "New" }))).toEqual({
      status: "success",
      message: "Renamed to New.",
    });
  });

  it("echoes what was submitted with a failure, passwords left out", async () => {
    expect(await rename("t1", { status: "idle" }, form({ title: " ", password: "hunter2" }))).toEqual({
      status: "error",
      kind: "invalid",
      formError: "Please correct the highlighted fields.",
      fieldErrors: { title: ["Enter a title."] },
      values: { title: " " },
    });
  });

  it("names fields as the form does", async () => {
    const scale = defineFormAction({
      // The form's flat fields become the schema's shape, as lib/severity.ts does.
      input: z.preprocess(
        (values) => ({
          levels: [{ label: (values as Record<string, string>)["label-SEV1"] }, { label: "" }],
        }),
        z.object({ levels: z.array(z.object({ label: z.string().min(1, "Name it.") })) }),
      ),
      fieldName: (p) => p.replace(/^levels\.(\d)\.label$/, (_m, i: string) => `label-SEV${Number(i) + 1}`),
      run: async () => ({}),
    });
    const result = await scale({ status: "idle" }, form({ "label-SEV1": "Critical" }));
    expect(result.fieldErrors).toEqual({ "label-SEV2": ["Name it."] });
  });
});
