// The one Markdown parser, shared by validation (lib/markdown/limits.ts) and
// rendering (lib/markdown/render.ts), on the server and in the browser.
//
// markdown-it rather than micromark (react-markdown): on this project's
// machines micromark took about 1.5 s of CPU for 100 KB of ordinary Markdown
// (and minutes for nested quotes), markdown-it about 30 ms, linearly, with a
// hard bound on recursion (`maxNesting`). Raw HTML is not parsed (`html:
// false`: it stays text); the result is sanitised after conversion to hast.
import MarkdownIt, { type Options } from "markdown-it";

/**
 * markdown-it's own recursion bound (its "level" counts every open element: a
 * nested list takes two, list and item). Beyond it the parser stops nesting
 * instead of overflowing the stack; our limits reject such text long before.
 */
export const PARSER_MAX_NESTING = 28;

// `maxNesting` is a real option (presets/default.mjs) that the type definitions leave out.
const options: Options & { maxNesting: number } = {
  html: false,
  linkify: true,
  typographer: false,
  breaks: false,
  maxNesting: PARSER_MAX_NESTING,
};

export const markdownParser = new MarkdownIt("default", options);

// GFM footnotes are not supported: keep "[^1]: …" a visible paragraph rather
// than a hidden link definition that would turn "[^1]" into a link to "…".
// (The ruler's own list, by rule name: function names do not survive minification.)
type BlockRule = Parameters<typeof markdownParser.block.ruler.at>[1];
const referenceRule = (
  markdownParser.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }
).__rules__.find((rule) => rule.name === "reference")?.fn;
if (referenceRule)
  markdownParser.block.ruler.at("reference", (state, startLine, endLine, silent) => {
    const start = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (state.src.startsWith("[^", start)) return false;
    return referenceRule(state, startLine, endLine, silent);
  });

export type MarkdownToken = ReturnType<typeof markdownParser.parse>[number];

/** The block token stream (inline tokens carry their children). */
export function parseMarkdown(text: string): MarkdownToken[] {
  return markdownParser.parse(text, {});
}
