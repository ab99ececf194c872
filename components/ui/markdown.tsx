import { renderMarkdown } from "@/lib/markdown/render";
import { cx } from "./styles";

/**
 * Renders user Markdown (server and client components alike). Raw HTML is not
 * parsed, and the result is sanitised with GitHub's schema (hast-util-sanitize,
 * rehype-sanitize's engine): no script, event handlers, iframes, or
 * javascript:/data: links. Each distinct text is rendered once and cached
 * (lib/markdown/render.ts); text over the limits (lib/markdown/limits.ts) is
 * shown as plain text with a note instead of being formatted.
 *
 * `compact`: tight spacing and headings at text size, for one-line places such
 * as a timeline row or a factor's explanation.
 */
export function Markdown({
  children,
  compact = false,
  className,
}: {
  children: string;
  compact?: boolean;
  className?: string;
}) {
  const rendered = renderMarkdown(children);
  if (rendered.kind === "plain") {
    return (
      <div className={cx(compact ? "space-y-0.5" : "space-y-1", className)}>
        <p className="text-xs text-amber-800">Shown as plain text: {rendered.reason}</p>
        {/* A long text scrolls in its own box (focusable, so the keyboard can scroll it too). */}
        <pre
          tabIndex={0}
          aria-label="Text shown as written"
          className={cx(
            "max-h-96 overflow-auto whitespace-pre-wrap break-words font-sans text-stone-800",
            compact ? "text-sm" : "text-[0.95rem] leading-relaxed",
          )}
        >
          {rendered.text}
        </pre>
      </div>
    );
  }
  return (
    <div
      className={cx("prose-kintsugi", compact && "prose-compact", className)}
      // Sanitised HTML from lib/markdown/render.ts (never raw user HTML).
      dangerouslySetInnerHTML={{ __html: rendered.html }}
    />
  );
}
