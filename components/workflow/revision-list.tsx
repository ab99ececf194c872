import { Pill } from "@/components/ui/badges";
import { buttonClass } from "@/components/ui/styles";
import { RestoreButton, type RestoreAction } from "./restore-button";

export type RevisionRow = {
  number: number;
  reason: string;
  note: string;
  authorName: string;
  /** Preformatted time. */
  at: string;
};

const reasonLabels: Record<string, { label: string; tone: "stone" | "sky" | "emerald" | "amber" | "red" }> = {
  CREATED: { label: "Created", tone: "emerald" },
  STATUS_CHANGE: { label: "Status change", tone: "sky" },
  EDIT: { label: "Edit", tone: "stone" },
  RESTORE: { label: "Restore", tone: "amber" },
  CORRECTION: { label: "Correction", tone: "red" },
};

/**
 * The history panel: every revision, newest first, with "from"/"to" choices
 * for the diff (a plain GET form, so it works without JavaScript) and a
 * restore button per older revision.
 */
export function RevisionList({
  postmortemId,
  revisions,
  from,
  to,
  restoreDisabledReason,
  restore,
}: {
  postmortemId: string;
  revisions: RevisionRow[];
  from: number;
  to: number;
  restoreDisabledReason: string | null;
  restore: RestoreAction;
}) {
  const latest = revisions[0]?.number;
  return (
    <section aria-labelledby="revisions-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="revisions-heading" className="text-lg font-semibold">
          Revisions ({revisions.length})
        </h2>
        <form id="compare-form" method="get" action={`/postmortems/${postmortemId}/history`}>
          <button type="submit" className={buttonClass.secondary}>
            Compare selected
          </button>
        </form>
      </div>
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {revisions.map((r) => {
          const reason = reasonLabels[r.reason] ?? { label: r.reason, tone: "stone" as const };
          return (
            <li key={r.number} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:gap-4">
              <fieldset className="flex shrink-0 gap-3 text-xs text-stone-600">
                <legend className="sr-only">Compare revision {r.number}</legend>
                <label className="flex items-center gap-1">
                  <input
                    type="radio"
                    name="from"
                    value={r.number}
                    form="compare-form"
                    defaultChecked={r.number === from}
                    aria-label={`From revision ${r.number}`}
                  />
                  from
                </label>
                <label className="flex items-center gap-1">
                  <input
                    type="radio"
                    name="to"
                    value={r.number}
                    form="compare-form"
                    defaultChecked={r.number === to}
                    aria-label={`To revision ${r.number}`}
                  />
                  to
                </label>
              </fieldset>
              <div className="min-w-0 flex-1 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">#{r.number}</span>
                  <Pill tone={reason.tone}>{reason.label}</Pill>
                  {r.number === latest ? <Pill>current</Pill> : null}
                  <span className="text-stone-600">
                    {r.authorName} · <time>{r.at}</time>
                  </span>
                </p>
                {r.note ? <p className="mt-1 break-words text-stone-700">{r.note}</p> : null}
                {r.number !== latest ? (
                  <div className="mt-2">
                    <RestoreButton
                      revisionNumber={r.number}
                      disabledReason={restoreDisabledReason}
                      restore={restore}
                    />
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
