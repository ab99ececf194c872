/*
 * Prepares Markdown text for matching without moving any offsets: code (fenced blocks and inline
 * code spans) and bare URLs are replaced by spaces (line breaks are kept), and typographic
 * apostrophes become '. Every replacement is one UTF-16 unit for one, so an offset into the result
 * is an offset into the original text.
 */

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const URL = /\bhttps?:\/\/[^\s<>()[\]"'`]+/gi;
const APOSTROPHES = /[\u2019\u2018\u02BC\u2032]/g;

type Range = [start: number, end: number];

/** Ranges of fenced code blocks (fences included) and the ranges of prose between them. */
function splitFences(text: string): { code: Range[]; prose: Range[] } {
  const code: Range[] = [];
  const prose: Range[] = [];
  let proseStart = 0;
  let fence: { char: string; length: number; start: number } | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (fence === null) {
      const open = FENCE_OPEN.exec(line);
      // A backtick fence's info string may not contain backticks (CommonMark).
      const marker = open?.[1];
      if (marker && !(marker[0] === "`" && line.slice(line.indexOf(marker) + marker.length).includes("`"))) {
        if (lineStart > proseStart) prose.push([proseStart, lineStart]);
        fence = { char: marker[0] ?? "`", length: marker.length, start: lineStart };
      }
    } else {
      const close = FENCE_CLOSE.exec(line);
      const marker = close?.[1];
      if (marker && marker[0] === fence.char && marker.length >= fence.length) {
        code.push([fence.start, lineEnd]);
        fence = null;
        proseStart = lineEnd;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (fence !== null) code.push([fence.start, text.length]);
  else if (text.length > proseStart) prose.push([proseStart, text.length]);
  return { code, prose };
}

const BACKTICKS = /`+/g;
const BLANK_LINE = /\n[ \t]*(?=\n)/g;

/**
 * Inline code spans within [from, to): a run of n backticks opens a span that the next run of
 * exactly n backticks closes; an unmatched run is literal. Spans do not cross blank lines.
 * Linear in the length of the region (native regex scans) plus the number of backtick runs.
 */
function inlineCode(text: string, from: number, to: number, out: Range[]): void {
  const region = text.slice(from, to);
  if (!region.includes("`")) return;
  const blankLines: number[] = [];
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(region); m; m = BLANK_LINE.exec(region)) blankLines.push(m.index);
  const runs: { start: number; end: number; paragraph: number }[] = [];
  let paragraph = 0;
  BACKTICKS.lastIndex = 0;
  for (let m = BACKTICKS.exec(region); m; m = BACKTICKS.exec(region)) {
    while (paragraph < blankLines.length && (blankLines[paragraph] ?? Infinity) < m.index) paragraph++;
    runs.push({ start: from + m.index, end: from + m.index + m[0].length, paragraph });
  }
  // For each run length, the indices of runs with that length, ascending.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const length = run.end - run.start;
    const list = byLength.get(length);
    if (list) list.push(index);
    else byLength.set(length, [index]);
  });
  const cursor = new Map<number, number>();
  let r = 0;
  while (r < runs.length) {
    const run = runs[r];
    if (!run) break;
    const length = run.end - run.start;
    const list = byLength.get(length) ?? [];
    let p = cursor.get(length) ?? 0;
    while (p < list.length && (list[p] ?? Infinity) <= r) p++;
    cursor.set(length, p);
    const closerIndex = list[p];
    const closer = closerIndex === undefined ? undefined : runs[closerIndex];
    if (closer && closerIndex !== undefined && closer.paragraph === run.paragraph) {
      out.push([run.start, closer.end]);
      r = closerIndex + 1;
    } else {
      r++;
    }
  }
}

/** Code and URL ranges of a Markdown text, in no particular order. */
export function codeRanges(text: string): Range[] {
  const { code, prose } = splitFences(text);
  const ranges = [...code];
  for (const [from, to] of prose) inlineCode(text, from, to, ranges);
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** The text to match against: same length as the input, code blanked, apostrophes normalised. */
export function maskForMatching(text: string): string {
  const ranges = codeRanges(text);
  let normalised = text.replace(APOSTROPHES, "'");
  if (ranges.length === 0) return normalised;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(normalised.slice(at, from));
    parts.push(normalised.slice(from, end).replace(/[^\n\r]/g, " "));
    at = end;
  }
  parts.push(normalised.slice(at));
  normalised = parts.join("");
  return normalised;
}
