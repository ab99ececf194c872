"use client";
import type { RefObject } from "react";

export type FormatKind = "bold" | "italic" | "heading" | "bullets" | "numbers" | "link" | "code";

/**
 * One format as a replacement: `text` replaces `value.slice(from, to)`, and
 * the selection afterwards is `selectionStart..selectionEnd` of `value`.
 */
export type Edit = {
  from: number;
  to: number;
  text: string;
  value: string;
  selectionStart: number;
  selectionEnd: number;
};

/** Applies a Markdown format to the selection (pure; unit-tested). */
export function applyFormat(value: string, start: number, end: number, kind: FormatKind): Edit {
  const selected = value.slice(start, end);
  const replace = (from: number, to: number, text: string, selStart: number, selEnd: number): Edit => ({
    from,
    to,
    text,
    value: value.slice(0, from) + text + value.slice(to),
    selectionStart: selStart,
    selectionEnd: selEnd,
  });
  const wrap = (before: string, after: string, placeholder: string): Edit => {
    const inner = selected || placeholder;
    const innerStart = start + before.length;
    return replace(start, end, before + inner + after, innerStart, innerStart + inner.length);
  };
  switch (kind) {
    case "bold":
      return wrap("**", "**", "bold text");
    case "italic":
      return wrap("_", "_", "italic text");
    case "code":
      return selected.includes("\n") ? wrap("```\n", "\n```", "") : wrap("`", "`", "code");
    case "link": {
      const text = selected || "link text";
      const urlStart = start + text.length + 3;
      return replace(start, end, `[${text}](https://)`, urlStart, urlStart + 8);
    }
    case "heading":
    case "bullets":
    case "numbers": {
      // Prefix every line the selection touches.
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      const lineEnd = value.indexOf("\n", end) === -1 ? value.length : value.indexOf("\n", end);
      const lines = value.slice(lineStart, lineEnd).split("\n");
      const prefixed = lines
        .map((line, i) =>
          kind === "heading" ? `### ${line}` : kind === "bullets" ? `- ${line}` : `${i + 1}. ${line}`,
        )
        .join("\n");
      return replace(lineStart, lineEnd, prefixed, lineStart, lineStart + prefixed.length);
    }
  }
}

/**
 * Replaces a range of a textarea the way typing would: through the browser's
 * editing commands, so the change joins the native undo stack (Ctrl+Z,
 * Ctrl+Shift+Z) and fires the `input` event React's onChange listens to.
 * Setting `value` from script would empty the undo stack instead. Where
 * `insertText` is not available, `setRangeText` and a synthetic `input` event
 * still reach onChange (without undo).
 */
export function replaceInTextarea(el: HTMLTextAreaElement, edit: Edit) {
  el.focus();
  el.setSelectionRange(edit.from, edit.to);
  let inserted = false;
  try {
    // Deprecated in name only: it is the one way to edit with undo, in every browser.
    inserted = document.execCommand("insertText", false, edit.text);
  } catch {
    inserted = false;
  }
  if (!inserted || el.value !== edit.value) {
    el.setRangeText(edit.text, edit.from, edit.to, "end");
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }
  el.setSelectionRange(edit.selectionStart, edit.selectionEnd);
}

// `name` when the visible text is a word or a number the accessible name must contain (WCAG 2.5.3
// label in name: "click 1" works by voice); single letters and symbols are icons, not labels.
const buttons: { kind: FormatKind; label: string; text: string; name?: string; className?: string }[] = [
  { kind: "bold", label: "Bold", text: "B", className: "font-bold" },
  { kind: "italic", label: "Italic", text: "I", className: "italic" },
  { kind: "heading", label: "Heading", text: "H" },
  { kind: "bullets", label: "Bulleted list", text: "•" },
  { kind: "numbers", label: "Numbered list", text: "1.", name: "1. Numbered list" },
  { kind: "link", label: "Link", text: "Link" },
  { kind: "code", label: "Code", text: "</>", className: "font-mono" },
];

export function MarkdownToolbar({
  textarea,
  label,
}: {
  textarea: RefObject<HTMLTextAreaElement | null>;
  label: string;
}) {
  const apply = (kind: FormatKind) => {
    const el = textarea.current;
    if (!el) return;
    replaceInTextarea(el, applyFormat(el.value, el.selectionStart, el.selectionEnd, kind));
  };
  return (
    <div role="toolbar" aria-label={label} className="flex flex-wrap gap-1">
      {buttons.map((b) => (
        <button
          key={b.kind}
          type="button"
          aria-label={b.name ?? b.label}
          title={b.label}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => apply(b.kind)}
          className={`min-w-9 rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 ${b.className ?? ""}`}
        >
          <span aria-hidden>{b.text}</span>
        </button>
      ))}
    </div>
  );
}
