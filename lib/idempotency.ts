// Idempotency keys: every create carries a key the client generates per
// attempt. A retry of the same attempt (the answer was lost, the browser went
// offline) sends the same key, and the server answers with the first result
// instead of creating a second row (server/idempotency.ts).
import { z } from "zod";

/** The field that carries the key, in FormData and in object inputs alike. */
export const IDEMPOTENCY_FIELD = "idempotencyKey";

export const idempotencyKeySchema = z
  .string({ error: "This request has no id. Reload the page and try again." })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "This request id is not valid. Reload the page and try again.");

/**
 * 128 random bits, URL-safe. `crypto.getRandomValues` rather than
 * `randomUUID`, which browsers offer only on https and localhost.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Reads the key from an action's input: a FormData, or an object with an `idempotencyKey` field. */
export function readIdempotencyKey(
  input: unknown,
): { ok: true; key: string } | { ok: false; message: string } {
  const raw =
    typeof FormData !== "undefined" && input instanceof FormData
      ? input.get(IDEMPOTENCY_FIELD)
      : typeof input === "object" && input !== null
        ? (input as Record<string, unknown>)[IDEMPOTENCY_FIELD]
        : undefined;
  const parsed = idempotencyKeySchema.safeParse(raw);
  return parsed.success
    ? { ok: true, key: parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? "Reload the page and try again." };
}
