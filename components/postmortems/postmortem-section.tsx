import { Markdown } from "@/components/ui/markdown";
import type { PostmortemViewData } from "./postmortem-view-data";

/** One section as read: its text, or its help and guiding questions while it is empty. */
export function PostmortemSection({ section: s }: { section: PostmortemViewData["sections"][number] }) {
  return (
    <section aria-labelledby={`section-${s.key}`} className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id={`section-${s.key}`} className="mb-3 text-lg font-semibold">
        {s.title}
      </h2>
      {s.body.trim() ? (
        <Markdown>{s.body}</Markdown>
      ) : (
        <div className="text-sm text-stone-500">
          <p className="italic">Not written yet.</p>
          {s.helpText ? <p className="mt-2">{s.helpText}</p> : null}
          {s.guidingQuestions.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {s.guidingQuestions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </section>
  );
}
