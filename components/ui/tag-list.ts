// Pure helpers of the tag input: adding typed or pasted tags (scopes, resources) to a list.

const key = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** Splits typed or pasted text on commas and new lines. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,\n\r]+/)
    .map((s) => s.trim().replace(/\s+/g, " "))
    .filter(Boolean);
}

/**
 * Adds scopes to a list, skipping blanks and any already there (case and
 * spacing ignored); returns the new list and what was skipped as a duplicate.
 */
export function addTags(list: readonly string[], incoming: readonly string[]) {
  const seen = new Set(list.map(key));
  const next = [...list];
  const duplicates: string[] = [];
  for (const raw of incoming) {
    const scope = raw.trim().replace(/\s+/g, " ");
    if (!scope) continue;
    if (seen.has(key(scope))) {
      duplicates.push(scope);
      continue;
    }
    seen.add(key(scope));
    next.push(scope);
  }
  return { list: next, duplicates };
}
