import "server-only";

/**
 * True when every field of `wanted` equals the same field of `stored` (lists
 * in order, values compared as JSON). A save whose answer was lost is retried
 * with its old base version; when the record already holds exactly what the
 * save asks for, the retry is a success rather than a conflict with oneself.
 */
export function sameFields(wanted: Record<string, unknown>, stored: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(
    ([key, value]) => JSON.stringify(value ?? null) === JSON.stringify(stored[key] ?? null),
  );
}
