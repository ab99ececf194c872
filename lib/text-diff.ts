// Text diffs for the revision history, on jsdiff (the `diff` package: Myers'
// algorithm). Lines are compared first; a removed line and an added line that
// share most of their words become one "changed" line with word-level parts,
// so a one-word edit in a long paragraph shows that word, not the paragraph
// twice. Both steps are bounded (maxEditLength): past the bound a block is
// shown as removed-then-added lines instead of taking unbounded time.
import { diffArrays, diffWordsWithSpace } from "diff";

export type WordPart = { type: "same" | "added" | "removed"; text: string };

export type DiffLine =
  { type: "same" | "added" | "removed"; text: string } | { type: "changed"; parts: WordPart[] };

/** Above this many inserted plus deleted lines, the line diff gives up (removed-then-added). */
export const MAX_LINE_EDITS = 1_000;
/** Above this many word edits, two lines are shown whole instead of word by word. */
export const MAX_WORD_EDITS = 500;
/** Two lines pair up as "changed" when at least this share of their words is common. */
export const MIN_SHARED = 0.5;
/** A removed line looks this many added lines ahead for its new version. */
const LOOKAHEAD = 8;

export function splitLines(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/** Line diff of `before` → `after`, in order, with word-level parts for changed lines. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const changes = diffArrays(a, b, { maxEditLength: MAX_LINE_EDITS });
  if (!changes) return wholeLines(a, b);

  const out: DiffLine[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const text of change.value) out.push({ type: "same", text });
    } else if (change.removed && changes[i + 1]?.added) {
      out.push(...pairLines(change.value, changes[i + 1]!.value));
      i++;
    } else {
      const type = change.added ? "added" : "removed";
      for (const text of change.value) out.push({ type, text });
    }
  }
  return out;
}

/** The fallback past MAX_LINE_EDITS: common head and tail, the middle removed then added. */
function wholeLines(a: string[], b: string[]): DiffLine[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return [
    ...a.slice(0, start).map((text): DiffLine => ({ type: "same", text })),
    ...a.slice(start, endA).map((text): DiffLine => ({ type: "removed", text })),
    ...b.slice(start, endB).map((text): DiffLine => ({ type: "added", text })),
    ...a.slice(endA).map((text): DiffLine => ({ type: "same", text })),
  ];
}

/**
 * A block of removed lines followed by added ones: each removed line looks a
 * few added lines ahead for its new version (in order, so nothing crosses).
 * Unpaired lines stay whole, removed ones before added ones.
 */
function pairLines(removed: string[], added: string[]): DiffLine[] {
  const out: DiffLine[] = [];
  const pendingRemoved: string[] = [];
  const pendingAdded: string[] = [];
  const flush = () => {
    for (const text of pendingRemoved.splice(0)) out.push({ type: "removed", text });
    for (const text of pendingAdded.splice(0)) out.push({ type: "added", text });
  };
  let next = 0;
  for (const old of removed) {
    let match: { at: number; parts: WordPart[] } | null = null;
    for (let k = next; k < Math.min(added.length, next + LOOKAHEAD) && !match; k++) {
      const parts = diffWords(old, added[k]!);
      if (parts) match = { at: k, parts };
    }
    if (!match) {
      pendingRemoved.push(old);
      continue;
    }
    pendingAdded.push(...added.slice(next, match.at));
    flush();
    out.push({ type: "changed", parts: match.parts });
    next = match.at + 1;
  }
  pendingAdded.push(...added.slice(next));
  flush();
  return out;
}

/** Word parts of `before` → `after`, or null when the two lines have too little in common. */
export function diffWords(before: string, after: string): WordPart[] | null {
  if (before.trim() === "" || after.trim() === "") return null;
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return null;
  const parts = tidy(
    changes.map((c): WordPart => ({
      type: c.added ? "added" : c.removed ? "removed" : "same",
      text: c.value,
    })),
  );
  const visible = (s: string) => s.replace(/\s+/g, "").length;
  const shared = parts.filter((p) => p.type === "same").reduce((n, p) => n + visible(p.text), 0);
  const total = visible(before) + visible(after);
  return (2 * shared) / total >= MIN_SHARED ? parts : null;
}

/**
 * Joins the changes around a lone space into one removal and one addition
 * ("a b" → "x y" reads as −"a b" +"x y", not four alternating changes),
 * and puts removals before additions in each run.
 */
function tidy(parts: WordPart[]): WordPart[] {
  const runs: WordPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) runs.push({ type: "removed", text: removed });
    if (added) runs.push({ type: "added", text: added });
    removed = added = "";
  };
  parts.forEach((part, i) => {
    const between =
      part.type === "same" &&
      part.text.trim() === "" &&
      (removed || added) &&
      parts[i + 1] !== undefined &&
      parts[i + 1]!.type !== "same";
    if (part.type === "removed" || between) removed += part.text;
    if (part.type === "added" || between) added += part.text;
    if (part.type === "same" && !between) {
      flush();
      const last = runs.at(-1);
      if (last?.type === "same") last.text += part.text;
      else runs.push({ ...part });
    }
  });
  flush();
  return runs;
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
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.type === "same") return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++)
      near[k] = true;
  });
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
