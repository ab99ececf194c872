// How much structure one Markdown text may have. Validation refuses more at
// save time (lib/schemas/markdown.ts, with a message saying what to change);
// the renderer shows anything beyond it (stored before these limits, or
// imported) as plain text instead of formatting it (lib/markdown/render.ts).
//
// Why these numbers: real postmortems nest lists and quotes three or four
// levels (the deepest in the demo data is 2), their tables have tens of rows
// and under ten columns, and a 100,000-character section of prose is about
// 30,000 elements. The limits sit well above that, and low enough that the
// worst text they allow still renders in well under 100 ms
// (lib/markdown/render.bench.test.ts builds that worst text).
import { parseMarkdown, PARSER_MAX_NESTING, type MarkdownToken } from "./engine";

/** Longer texts are never parsed (no Markdown field ever accepted more). */
export const MARKDOWN_MAX_CHARS = 100_000;

export const MARKDOWN_LIMITS = {
  /** Quotes and lists inside each other. */
  nesting: 12,
  /** Emphasis, links and strikethrough inside each other. */
  inlineNesting: 12,
  /** Cells in one table. */
  tableCells: 5_000,
  /** Columns of one table. */
  tableColumns: 50,
  /** Elements the whole text becomes (paragraphs, list items, links, emphasis, ...). */
  elements: 30_000,
} as const;

export type MarkdownStats = {
  nesting: number;
  inlineNesting: number;
  /** The largest table's cell count and column count. */
  tableCells: number;
  tableColumns: number;
  elements: number;
  /** The parser stopped nesting (markdown-it's maxNesting): the text is deeper than it could read. */
  truncated: boolean;
};

const containers = new Set(["blockquote_open", "bullet_list_open", "ordered_list_open"]);

/** Walks the token stream once. */
export function measureTokens(tokens: MarkdownToken[]): MarkdownStats {
  const stats: MarkdownStats = {
    nesting: 0,
    inlineNesting: 0,
    tableCells: 0,
    tableColumns: 0,
    elements: 0,
    truncated: false,
  };
  let depth = 0;
  let cells = 0;
  let rowCells = 0;
  for (const t of tokens) {
    stats.elements++;
    if (t.level >= PARSER_MAX_NESTING - 1) stats.truncated = true;
    if (containers.has(t.type)) stats.nesting = Math.max(stats.nesting, ++depth);
    else if (
      t.type === "blockquote_close" ||
      t.type === "bullet_list_close" ||
      t.type === "ordered_list_close"
    )
      depth--;
    else if (t.type === "table_open") cells = 0;
    else if (t.type === "tr_open") rowCells = 0;
    else if (t.type === "th_open" || t.type === "td_open") {
      cells++;
      rowCells++;
      stats.tableCells = Math.max(stats.tableCells, cells);
      stats.tableColumns = Math.max(stats.tableColumns, rowCells);
    } else if (t.type === "inline" && t.children) {
      let inline = 0;
      for (const c of t.children) {
        stats.elements++;
        if (c.nesting === 1) stats.inlineNesting = Math.max(stats.inlineNesting, ++inline);
        else if (c.nesting === -1) inline--;
        if (c.level >= PARSER_MAX_NESTING - 1) stats.truncated = true;
      }
    }
  }
  return stats;
}

const n = (v: number) => v.toLocaleString("en");

/** What is over the limits, as messages that say what to change (empty when fine). */
export function limitProblems(stats: MarkdownStats, limits = MARKDOWN_LIMITS): string[] {
  const problems: string[] = [];
  if (stats.truncated || stats.nesting > limits.nesting)
    problems.push(
      `Quotes and lists are nested ${stats.truncated ? "too" : `${n(stats.nesting)} levels`} deep; use at most ${limits.nesting} levels (fewer ">" or less indentation).`,
    );
  if (stats.inlineNesting > limits.inlineNesting)
    problems.push(
      `Emphasis and links are nested ${n(stats.inlineNesting)} levels deep; use at most ${limits.inlineNesting} (check for unbalanced "*", "_" or "[").`,
    );
  if (stats.tableColumns > limits.tableColumns)
    problems.push(
      `A table has ${n(stats.tableColumns)} columns; use at most ${limits.tableColumns}, or link to the data instead.`,
    );
  if (stats.tableCells > limits.tableCells)
    problems.push(
      `A table has ${n(stats.tableCells)} cells; use at most ${n(limits.tableCells)} per table (split it, or link to the data instead).`,
    );
  if (stats.elements > limits.elements)
    problems.push(
      `This text has too much formatting to show (${n(stats.elements)} elements; at most ${n(limits.elements)}). Split it or move detail to a linked document.`,
    );
  return problems;
}

/** Parses and checks a text: the problems validation reports (empty when fine). */
export function checkMarkdownLimits(text: string): string[] {
  return limitProblems(measureTokens(parseMarkdown(text)));
}
