import type { DiffLine } from "@/lib/text-diff";
import { cx } from "@/components/ui/styles";

const marker = { added: "+", removed: "−", changed: "~", same: " " } as const;
const spoken = {
  added: "Added line: ",
  removed: "Removed line: ",
  changed: "Changed line: ",
  same: "",
} as const;

/**
 * One line of a revision diff. Whole added and removed lines carry a "+" or
 * "−" marker; a changed line shows its removed words struck through and its
 * added words underlined, each inside <del>/<ins> with a spoken label, so
 * neither colour nor the markup alone carries the meaning.
 */
export function DiffLineItem({ line }: { line: DiffLine }) {
  return (
    <li
      data-change={line.type}
      className={cx(
        // A hanging indent: wrapped lines align with the text, not the marker.
        "whitespace-pre-wrap break-words pl-9 pr-4 -indent-5",
        line.type === "added" && "bg-emerald-50 text-emerald-900",
        line.type === "removed" && "bg-red-50 text-red-900",
        line.type === "changed" && "bg-amber-50 text-stone-900",
        line.type === "same" && "text-stone-600",
      )}
    >
      <span aria-hidden className="mr-2 inline-block w-3 select-none">
        {marker[line.type]}
      </span>
      <span className="sr-only">{spoken[line.type]}</span>
      {line.type === "changed" ? (
        line.parts.map((part, index) =>
          part.type === "removed" ? (
            <del
              key={index}
              className="mr-0.5 rounded-sm bg-red-100 text-red-900 line-through decoration-red-800"
            >
              <span className="sr-only">[removed: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          ) : part.type === "added" ? (
            <ins
              key={index}
              className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-emerald-800 decoration-2 underline-offset-2"
            >
              <span className="sr-only">[added: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )
      ) : line.type === "removed" ? (
        <del className="no-underline">{line.text || " "}</del>
      ) : line.type === "added" ? (
        <ins className="no-underline">{line.text || " "}</ins>
      ) : (
        line.text || " "
      )}
    </li>
  );
}
