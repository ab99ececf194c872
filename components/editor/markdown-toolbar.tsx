"use client";
import type { RefObject } from "react";

export type FormatKind = "bold" | "italic" | "heading" | "bullets" | "numbers" | "link" | "code";

type Edit = { value: string; selectionStart: number; selectionEnd: number };

/** Applies a Markdown format to the selection (pure; unit-tested). */
export function applyFormat(value: string, start: number, end: number, kind: FormatKind): Edit {
  const selected = value.slice(start, end);
  const wrap = (before: string, after: string, placeholder: string): Edit => {
    const inner = selected || placeholder;
    const next = value.slice(0, start) + before + inner + after + value.slice(end);
    return {
      value: next,
      selectionStart: start + before.length,
      selectionEnd: start + before.length + inner.length,
    };
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
      const next = `${value.slice(0, start)}[${text}](https://)${value.slice(end)}`;
      const urlStart = start + text.length + 3;
      return { value: next, selectionStart: urlStart, selectionEnd: urlStart + 8 };
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
      return {
        value: value.slice(0, lineStart) + prefixed + value.slice(lineEnd),
        selectionStart: lineStart,
        selectionEnd: lineStart + prefixed.length,
      };
    }
  }
}

const buttons: { kind: FormatKind; label: string; text: string; className?: string }[] = [
  { kind: "bold", label: "Bold", text: "B", className: "font-bold" },
  { kind: "italic", label: "Italic", text: "I", className: "italic" },
  { kind: "heading", label: "Heading", text: "H" },
  { kind: "bullets", label: "Bulleted list", text: "•" },
  { kind: "numbers", label: "Numbered list", text: "1." },
  { kind: "link", label: "Link", text: "Link" },
  { kind: "code", label: "Code", text: "</>", className: "font-mono" },
];

export function MarkdownToolbar({
  textarea,
  onChange,
  label,
}: {
  textarea: RefObject<HTMLTextAreaElement | null>;
  onChange: (value: string) => void;
  label: string;
}) {
  const apply = (kind: FormatKind) => {
    const el = textarea.current;
    if (!el) return;
    const edit = applyFormat(el.value, el.selectionStart, el.selectionEnd, kind);
    onChange(edit.value);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    });
  };
  return (
    <div role="toolbar" aria-label={label} className="flex flex-wrap gap-1">
      {buttons.map((b) => (
        <button
          key={b.kind}
          type="button"
          aria-label={b.label}
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
