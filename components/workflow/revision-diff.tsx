import type { DiffPart } from "@/lib/revision-diff";
import { foldUnchanged } from "@/lib/text-diff";
import { DiffLineItem } from "./diff-line";

const changeLabel: Record<DiffPart["change"], string> = {
  added: "added",
  removed: "removed",
  changed: "changed",
  same: "no changes",
};

/**
 * The changes between two revisions, one block per field or section. Added
 * lines are green with "+", removed ones red with "−"; in a changed line ("~")
 * only the words that differ are marked (see DiffLineItem), so the colour is
 * never the only signal.
 */
export function RevisionDiff({
  fields,
  sections,
  fromNumber,
  toNumber,
}: {
  fields: DiffPart[];
  sections: DiffPart[];
  fromNumber: number;
  toNumber: number;
}) {
  const changed = [...fields, ...sections].filter((p) => p.change !== "same");
  const unchanged = sections.filter((p) => p.change === "same");
  return (
    <section aria-labelledby="diff-heading" className="space-y-4">
      <h2 id="diff-heading" className="text-lg font-semibold">
        Changes from revision {fromNumber} to revision {toNumber}
      </h2>
      {changed.length === 0 ? (
        <p className="rounded-md border border-stone-200 bg-white p-4 text-sm text-stone-600">
          {fromNumber === toNumber
            ? "Choose two different revisions to compare."
            : "Nothing differs between these two revisions."}
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            <span aria-hidden>− </span>removed line, <span aria-hidden>+ </span>added line,{" "}
            <span aria-hidden>~ </span>changed line: its removed words are{" "}
            <del className="bg-red-100 text-red-900 line-through decoration-red-800">struck through</del>, its
            added words{" "}
            <ins className="bg-emerald-100 text-emerald-900 underline decoration-emerald-800 decoration-2 underline-offset-2">
              underlined
            </ins>
            .
          </p>
          {changed.map((p) => (
            <DiffBlock key={p.key} part={p} />
          ))}
        </>
      )}
      {unchanged.length > 0 && changed.length > 0 ? (
        <p className="text-sm text-stone-600">Unchanged: {unchanged.map((p) => p.label).join(", ")}.</p>
      ) : null}
    </section>
  );
}

function DiffBlock({ part }: { part: DiffPart }) {
  const blocks = foldUnchanged(part.lines, 2);
  return (
    <section
      aria-labelledby={`diff-${part.key}`}
      className="overflow-hidden rounded-lg border border-stone-200 bg-white"
    >
      <h3
        id={`diff-${part.key}`}
        className="flex items-center justify-between gap-2 border-b border-stone-200 bg-stone-50 px-4 py-2 text-sm font-semibold"
      >
        <span className="min-w-0 break-words">{part.label}</span>
        <span className="shrink-0 text-xs font-normal text-stone-600">{changeLabel[part.change]}</span>
      </h3>
      {blocks.length === 0 ? (
        <p className="px-4 py-2 text-sm italic text-stone-600">Empty in both revisions.</p>
      ) : (
        <ol className="py-1 font-mono text-[0.8rem] leading-6">
          {blocks.map((b, index) =>
            b.type === "skipped" ? (
              <li key={index} className="px-4 text-stone-600">
                … {b.count} unchanged {b.count === 1 ? "line" : "lines"}
              </li>
            ) : (
              <DiffLineItem key={index} line={b} />
            ),
          )}
        </ol>
      )}
    </section>
  );
}
