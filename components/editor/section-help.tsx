import type { SectionSummary } from "@/lib/schemas/editing";

/** The section's help text and guiding questions beside the editor (nothing when it has none). */
export function SectionHelp({ section }: { section: Pick<SectionSummary, "helpText" | "guidingQuestions"> }) {
  if (!section.helpText && section.guidingQuestions.length === 0) return null;
  return (
    <details className="group rounded-md bg-stone-50 p-3 text-sm text-stone-700 xl:self-start" open>
      <summary className="cursor-pointer font-medium text-stone-800">Help and guiding questions</summary>
      {section.helpText ? <p className="mt-2">{section.helpText}</p> : null}
      {section.guidingQuestions.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {section.guidingQuestions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
