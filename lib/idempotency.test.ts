import { describe, expect, it } from "vitest";
import { idempotencyKeySchema, newIdempotencyKey, readIdempotencyKey } from "./idempotency";

describe("idempotency keys", () => {
  it("are random, URL-safe and valid", () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(idempotencyKeySchema.safeParse(key).success).toBe(true);
  });

  it("are read from an object or a FormData, and refused when missing or malformed", () => {
    const key = newIdempotencyKey();
    expect(readIdempotencyKey({ title: "x", idempotencyKey: key })).toEqual({ ok: true, key });
    const form = new FormData();
    form.set("idempotencyKey", key);
    expect(readIdempotencyKey(form)).toEqual({ ok: true, key });
    for (const bad of [undefined, "", "short", "x".repeat(65), "has spaces in it at all", `${key}\u0000`, 42])
      expect(readIdempotencyKey({ idempotencyKey: bad }).ok).toBe(false);
    expect(readIdempotencyKey(null).ok).toBe(false);
    expect(readIdempotencyKey(new FormData()).ok).toBe(false);
  });
});
