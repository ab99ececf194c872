// Keyset pagination, shared by every long list (postmortems, action items):
// an opaque cursor in the URL (`?cursor=`), the page plan it asks for, and the
// links either side. The data layer turns a plan into one index scan: rows
// after a key in the list's order, or rows before it read in the opposite
// order (then reversed). Never OFFSET; the last page is the first page of the
// reversed order. See docs/ARCHITECTURE.md, "Long lists".
import { z } from "zod";

/** A key value: what a row's sort columns and id serialise to. */
export type KeyValue = string | null;

/** What the URL asks for; `null` is the first page. */
export type Cursor<K> = { dir: "after"; key: K } | { dir: "before"; key: K } | { dir: "last" };

/** One index scan: `limit` rows after `key` in the list's order (forward) or before it in reverse. */
export type PagePlan<K> = { direction: "forward" | "backward"; key: K | null; limit: number };

/** Where the pager links go: the cursor string of each page, or null when there is none that way. */
export type PagerLinks = {
  first: boolean;
  previous: string | null;
  next: string | null;
  last: boolean;
};

/** Refuses what is not a cursor of ours; the key's own schema checks the values. */
const envelope = z.union([
  z.object({ d: z.enum(["a", "b"]), k: z.array(z.string().max(200).nullable()).min(1).max(4) }),
  z.object({ d: z.literal("l") }),
]);

export const MAX_CURSOR_LENGTH = 512;

export function encodeCursor(cursor: Cursor<KeyValue[]>): string {
  const json = cursor.dir === "last" ? { d: "l" } : { d: cursor.dir === "after" ? "a" : "b", k: cursor.key };
  return Buffer.from(JSON.stringify(json), "utf8").toString("base64url");
}

/**
 * The cursor in `raw`, its key parsed by `keySchema` (the list's key as a
 * tuple of strings and nulls), or null (the first page) for anything else: a
 * missing, truncated, edited or foreign cursor is never an error.
 */
export function decodeCursor<K>(raw: unknown, keySchema: z.ZodType<K>): Cursor<K> | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_CURSOR_LENGTH) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return null;
  if (parsed.data.d === "l") return { dir: "last" };
  const key = keySchema.safeParse(parsed.data.k);
  if (!key.success) return null;
  return { dir: parsed.data.d === "a" ? "after" : "before", key: key.data };
}

/** The URL parameter: a string of the cursor's alphabet, or undefined (first page). */
export const cursorParamSchema = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z
    .string()
    .max(MAX_CURSOR_LENGTH)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined),
);

/**
 * One page of a list by keyset: asks `fetch` for at most `size + 1` rows in
 * one direction (the extra row says whether there is more that way) and
 * returns the rows in the list's order with the pager's links. `keyOf`
 * serialises a row's key for the cursors.
 */
export async function keysetPage<K, R>(
  cursor: Cursor<K> | null,
  size: number,
  fetch: (plan: PagePlan<K>) => Promise<R[]>,
  keyOf: (row: R) => KeyValue[],
): Promise<{ rows: R[]; links: PagerLinks }> {
  const forward = async (key: K | null) => {
    const rows = await fetch({ direction: "forward", key, limit: size + 1 });
    return { rows: rows.slice(0, size), more: rows.length > size };
  };
  const backward = async (key: K | null) => {
    const rows = await fetch({ direction: "backward", key, limit: size + 1 });
    return { rows: rows.slice(0, size).reverse(), more: rows.length > size };
  };
  const links = (rows: R[], hasPrevious: boolean, hasNext: boolean): PagerLinks => {
    const head = rows[0];
    const tail = rows[rows.length - 1];
    return {
      first: hasPrevious,
      previous: hasPrevious && head ? encodeCursor({ dir: "before", key: keyOf(head) }) : null,
      next: hasNext && tail ? encodeCursor({ dir: "after", key: keyOf(tail) }) : null,
      last: hasNext,
    };
  };
  const firstPage = async () => {
    const page = await forward(null);
    return { rows: page.rows, links: links(page.rows, false, page.more) };
  };
  const lastPage = async () => {
    const page = await backward(null);
    return { rows: page.rows, links: links(page.rows, page.more, false) };
  };

  if (!cursor) return firstPage();
  if (cursor.dir === "last") return lastPage();
  if (cursor.dir === "after") {
    const page = await forward(cursor.key);
    // Nothing after the key (its rows were deleted, or an edited cursor): the last page.
    if (page.rows.length === 0) return lastPage();
    return { rows: page.rows, links: links(page.rows, true, page.more) };
  }
  // Walking back from the last page, the page at the start may be short: every
  // row is shown once either way.
  const page = await backward(cursor.key);
  if (page.rows.length === 0) return firstPage();
  return { rows: page.rows, links: links(page.rows, page.more, true) };
}

/** A count that stops at `cap`: "1,000+" beyond it. */
export type BoundedCount = { count: number; capped: boolean };

export const COUNT_CAP = 1000;

/** `count` rows counted with a LIMIT of cap + 1, as the data layer returns it. */
export function boundedCount(counted: number, cap = COUNT_CAP): BoundedCount {
  return counted > cap ? { count: cap, capped: true } : { count: counted, capped: false };
}

/** "1", "999", "1,000+". */
export function formatBoundedCount(total: BoundedCount): string {
  return `${total.count.toLocaleString("en-US")}${total.capped ? "+" : ""}`;
}

/**
 * Rows loaded by id (`WHERE id IN …` returns them in no order) put back in
 * the order of `ids`; an id without a row (gone, or out of scope) is left out.
 */
export function inIdOrder<R extends { id: string }>(ids: string[], rows: R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
