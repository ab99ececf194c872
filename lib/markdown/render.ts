// Markdown → sanitised HTML, once per distinct text: the result is cached
// (per process on the server, per page in the browser), so a stored body is
// parsed at its first view after a change, not at every view. Never throws:
// text over the limits (stored before they existed, or imported) or anything
// the pipeline cannot handle comes back as plain text with the reason.
import { defaultSchema, sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { parseMarkdown } from "./engine";
import { limitProblems, MARKDOWN_MAX_CHARS, measureTokens } from "./limits";
import { SizedLru } from "./lru";
import { tokensToHast } from "./to-hast";

export type RenderedMarkdown =
  { kind: "html"; html: string } | { kind: "plain"; text: string; reason: string };

// The key is the text itself, not a hash of it: no collision can ever show
// one team's text in place of another's. About 16 MB of strings on a server.
const cache = new SizedLru<RenderedMarkdown>(
  typeof window === "undefined" ? 8_000_000 : 1_000_000,
  (key, value) => key.length + (value.kind === "html" ? value.html.length : 0),
);

function plain(text: string, reason: string): RenderedMarkdown {
  return { kind: "plain", text, reason };
}

/** Without the cache (the render-budget test times this). */
export function renderMarkdownUncached(text: string): RenderedMarkdown {
  if (text.length > MARKDOWN_MAX_CHARS)
    return plain(text, `It is longer than ${MARKDOWN_MAX_CHARS.toLocaleString("en")} characters.`);
  try {
    const tokens = parseMarkdown(text);
    const problems = limitProblems(measureTokens(tokens));
    if (problems.length > 0) return plain(text, problems[0]!);
    const tree = sanitize(tokensToHast(tokens), defaultSchema);
    return { kind: "html", html: toHtml(tree) };
  } catch {
    return plain(text, "It could not be formatted.");
  }
}

/** The text as sanitised HTML, or as plain text with the reason it is not formatted. */
export function renderMarkdown(text: string): RenderedMarkdown {
  const hit = cache.get(text);
  if (hit) return hit;
  const rendered = renderMarkdownUncached(text);
  cache.set(text, rendered);
  return rendered;
}

/** For tests and diagnostics: how many texts are cached. */
export function renderCacheSize(): number {
  return cache.size;
}
