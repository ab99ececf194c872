// A small line-based diff (longest common subsequence) for revision history.
// Texts are short (postmortem sections), so the quadratic table is fine; past
// MAX_CELLS the middle part is shown as removed-then-added instead.

export type DiffLine = { type: "same" | "added" | "removed"; text: string };

/** Above this many table cells (rows × columns) the LCS step is skipped. */
export const MAX_CELLS = 4_000_000;

export function splitLines(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/** Line diff of `before` → `after`, in order. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);

  // Common prefix and suffix need no table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const head: DiffLine[] = a.slice(0, start).map((text) => ({ type: "same", text }));
  const tail: DiffLine[] = a.slice(endA).map((text) => ({ type: "same", text }));
  return [...head, ...diffMiddle(a.slice(start, endA), b.slice(start, endB)), ...tail];
}

function diffMiddle(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((text) => ({ type: "added", text }));
  if (m === 0) return a.map((text) => ({ type: "removed", text }));
  if (n * m > MAX_CELLS) {
    return [
      ...a.map((text): DiffLine => ({ type: "removed", text })),
      ...b.map((text): DiffLine => ({ type: "added", text })),
    ];
  }
  // lcs[i * (m + 1) + j] = length of the LCS of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ type: "same", text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ type: "removed", text: a[i]! });
      i++;
    } else {
      out.push({ type: "added", text: b[j]! });
      j++;
    }
  }
  while (i < n) out.push({ type: "removed", text: a[i++]! });
  while (j < m) out.push({ type: "added", text: b[j++]! });
  return out;
}

export function hasChanges(lines: DiffLine[]): boolean {
  return lines.some((l) => l.type !== "same");
}

export type DiffBlock = DiffLine | { type: "skipped"; count: number };

/**
 * Folds long runs of unchanged lines, keeping `context` lines next to each
 * change, so a one-line edit in a long section stays readable.
 */
export function foldUnchanged(lines: DiffLine[], context = 2): DiffBlock[] {
  const keep = lines.map((l) => l.type !== "same");
  const near = keep.map((_, index) =>
    lines.slice(Math.max(0, index - context), index + context + 1).some((l) => l.type !== "same"),
  );
  const out: DiffBlock[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (near[index]) {
      if (skipped > 0) out.push({ type: "skipped", count: skipped });
      skipped = 0;
      out.push(line);
    } else skipped++;
  });
  if (skipped > 0) out.push({ type: "skipped", count: skipped });
  return out;
}
