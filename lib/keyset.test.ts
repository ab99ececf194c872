import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  boundedCount,
  cursorParamSchema,
  decodeCursor,
  encodeCursor,
  formatBoundedCount,
  inIdOrder,
  keysetPage,
  type PagePlan,
} from "./keyset";

const key = z.tuple([z.iso.date().nullable(), z.string().min(1).max(64)]);

describe("the cursor codec", () => {
  it("round-trips after, before (with a NULL in the key) and last", () => {
    for (const cursor of [
      { dir: "after", key: ["2026-01-02", "abc"] },
      { dir: "before", key: [null, "xyz"] },
      { dir: "last" },
    ] as const) {
      const raw = encodeCursor(cursor as never);
      expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(raw, key)).toEqual(cursor);
    }
  });

  it("is opaque: nothing of the key is readable in the URL as it is", () => {
    const raw = encodeCursor({ dir: "after", key: ["2026-01-02", "abc"] });
    expect(raw).not.toContain("2026");
  });

  it("reads anything tampered as the first page (null), never throwing", () => {
    const b64 = (v: unknown) =>
      Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
    const valid = encodeCursor({ dir: "after", key: ["2026-01-02", "abc"] });
    for (const raw of [
      undefined,
      "",
      42,
      ["a"],
      "not base64!",
      valid.slice(0, -2),
      b64("{not json"),
      b64(null),
      b64({ d: "a" }),
      b64({ d: "a", k: [] }),
      b64({ d: "z", k: ["2026-01-02", "abc"] }),
      b64({ d: "a", k: ["2026-02-30", "abc"] }),
      b64({ d: "a", k: ["2026-01-02"] }),
      b64({ d: "a", k: ["2026-01-02", "abc", "extra"] }),
      b64({ d: "a", k: ["2026-01-02", 7] }),
      b64({ d: "a", k: ["2026-01-02", "x".repeat(65)] }),
      "A".repeat(600),
    ])
      expect(decodeCursor(raw, key)).toBeNull();
  });

  it("takes the first value of a repeated URL parameter and drops malformed ones", () => {
    expect(cursorParamSchema.parse(["abc", "def"])).toBe("abc");
    expect(cursorParamSchema.parse("a b")).toBeUndefined();
    expect(cursorParamSchema.parse(undefined)).toBeUndefined();
  });
});

describe("bounded counts", () => {
  it("says 1,000+ past the cap", () => {
    expect(formatBoundedCount(boundedCount(1))).toBe("1");
    expect(formatBoundedCount(boundedCount(1000))).toBe("1,000");
    expect(formatBoundedCount(boundedCount(1001))).toBe("1,000+");
  });
});

describe("keysetPage", () => {
  // Rows 1..n in order; the key is the number.
  const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const numKey = z.tuple([z.string()]).transform(([v]) => Number(v));
  const fetcher = (all: number[]) => async (plan: PagePlan<number>) =>
    plan.direction === "forward"
      ? all.filter((r) => plan.key === null || r > plan.key).slice(0, plan.limit)
      : all
          .filter((r) => plan.key === null || r < plan.key)
          .reverse()
          .slice(0, plan.limit);
  const page = (all: number[], cursor: string | undefined) =>
    keysetPage(decodeCursor(cursor, numKey), 3, fetcher(all), (r) => [String(r)]);

  it("walks forward and back over every row once, with first and last", async () => {
    const all = rows(8);
    const first = await page(all, undefined);
    expect(first.rows).toEqual([1, 2, 3]);
    expect(first.links).toMatchObject({ first: false, previous: null, last: true });
    const second = await page(all, first.links.next!);
    expect(second.rows).toEqual([4, 5, 6]);
    const third = await page(all, second.links.next!);
    expect(third.rows).toEqual([7, 8]);
    expect(third.links).toMatchObject({ next: null, last: false, first: true });
    const last = await page(all, encodeCursor({ dir: "last" }));
    expect(last.rows).toEqual([6, 7, 8]);
    expect(last.links.next).toBeNull();
    const back = await page(all, last.links.previous!);
    expect(back.rows).toEqual([3, 4, 5]);
    const start = await page(all, back.links.previous!);
    expect(start.rows).toEqual([1, 2]);
    expect(start.links).toMatchObject({ first: false, previous: null });
  });

  it("shows the last page for a cursor past the end and the first for one before the start", async () => {
    const all = rows(5);
    expect((await page(all, encodeCursor({ dir: "after", key: ["99"] }))).rows).toEqual([3, 4, 5]);
    expect((await page(all, encodeCursor({ dir: "before", key: ["0"] }))).rows).toEqual([1, 2, 3]);
  });

  it("has no links for a list that fits on one page", async () => {
    const one = await page(rows(3), undefined);
    expect(one.links).toEqual({ first: false, previous: null, next: null, last: false });
  });
});

describe("inIdOrder", () => {
  it("puts rows loaded by id back in the ids' order and leaves out ids without a row", () => {
    const rows = [{ id: "b" }, { id: "c" }, { id: "a" }];
    expect(inIdOrder(["a", "gone", "c", "b"], rows).map((r) => r.id)).toEqual(["a", "c", "b"]);
  });
});
