import type { Dispatch } from "react";
import { cx } from "@/components/ui/styles";
import { importSourceLabels, importSources, type ImportSourceKind } from "@/lib/import/types";
import type { ImportWizardAction } from "./import-wizard-state";

const sourceHints: Record<ImportSourceKind, string> = {
  CSV: "A header row, then one event per row: time, actor, type, description, link. You choose which column is which.",
  SLACK:
    "The day files (e.g. 2026-11-20.json) from the channel's folder of a Slack export. Choose several at once to merge them.",
  JSONL:
    "One JSON object per line with a time (timestamp, ts, time or created_at) and a tool call (tool, tool_name, name or action, with input/args and output/error).",
};

/** Step 1: what is being imported (CSV, Slack export or agent log). */
export function ImportSourceStep({
  baseId,
  source,
  locked,
  dispatch,
}: {
  baseId: string;
  source: ImportSourceKind;
  locked: boolean;
  dispatch: Dispatch<ImportWizardAction>;
}) {
  return (
    <fieldset className="space-y-2" disabled={locked}>
      <legend className="text-sm font-medium text-stone-800">What are you importing?</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {importSources.map((s) => (
          <label
            key={s}
            className={cx(
              "flex cursor-pointer items-start gap-2 rounded-lg border bg-white p-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
              source === s ? "border-stone-900" : "border-stone-200",
            )}
          >
            <input
              type="radio"
              name={`${baseId}-source`}
              value={s}
              checked={source === s}
              onChange={() => dispatch({ type: "sourceChosen", source: s })}
              className="mt-0.5"
            />
            <span className="font-medium">{importSourceLabels[s]}</span>
          </label>
        ))}
      </div>
      <p className="text-xs text-stone-500">{sourceHints[source]}</p>
    </fieldset>
  );
}
