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

export type MarkdownToken = ReturnType<typeof markdownParser.parse>[number];

/** The block token stream (inline tokens carry their children). */
export function parseMarkdown(text: string): MarkdownToken[] {
  return markdownParser.parse(text, {});
}
