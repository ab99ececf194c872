import type { DiffPart } from "@/lib/revision-diff";
import { foldUnchanged } from "@/lib/text-diff";
import { cx } from "@/components/ui/styles";

const changeLabel: Record<DiffPart["change"], string> = {
  added: "added",
  removed: "removed",
  changed: "changed",
  same: "no changes",
};

/**
 * The changes between two revisions, one block per field or section. Added
 * lines are green with "+", removed ones red with "−", so the colour is never
 * the only signal.
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
        changed.map((p) => <DiffBlock key={p.key} part={p} />)
      )}
      {unchanged.length > 0 && changed.length > 0 ? (
        <p className="text-sm text-stone-500">Unchanged: {unchanged.map((p) => p.label).join(", ")}.</p>
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
        <span className="shrink-0 text-xs font-normal text-stone-500">{changeLabel[part.change]}</span>
      </h3>
      {blocks.length === 0 ? (
        <p className="px-4 py-2 text-sm italic text-stone-500">Empty in both revisions.</p>
      ) : (
        <ol className="overflow-x-auto py-1 font-mono text-[0.8rem] leading-6">
          {blocks.map((b, index) =>
            b.type === "skipped" ? (
              <li key={index} className="px-4 text-stone-400">
                … {b.count} unchanged {b.count === 1 ? "line" : "lines"}
              </li>
            ) : (
              <li
                key={index}
                className={cx(
                  "whitespace-pre-wrap break-words px-4",
                  b.type === "added" && "bg-emerald-50 text-emerald-900",
                  b.type === "removed" && "bg-red-50 text-red-900",
                  b.type === "same" && "text-stone-600",
                )}
              >
                <span aria-hidden className="mr-2 inline-block w-3 select-none">
                  {b.type === "added" ? "+" : b.type === "removed" ? "−" : " "}
                </span>
                <span className="sr-only">
                  {b.type === "added" ? "Added: " : b.type === "removed" ? "Removed: " : ""}
                </span>
                {b.type === "removed" ? <del className="no-underline">{b.text || " "}</del> : null}
                {b.type === "added" ? <ins className="no-underline">{b.text || " "}</ins> : null}
                {b.type === "same" ? b.text || " " : null}
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
