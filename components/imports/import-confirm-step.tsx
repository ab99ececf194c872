import { buttonClass } from "@/components/ui/styles";
import type { ImportPreview as Preview } from "@/lib/schemas/imports";
import { count, n } from "./import-format";
import { ImportPreview } from "./import-preview";
import type { ConfirmProgress } from "./import-wizard-state";

/** Step 5: what the server read, the Import button and the progress of the import. */
export function ImportConfirmStep({
  baseId,
  preview,
  importing,
  locked,
  progress,
  onConfirm,
}: {
  baseId: string;
  preview: Preview;
  importing: boolean;
  locked: boolean;
  progress: ConfirmProgress | null;
  onConfirm: () => void;
}) {
  return (
    <section aria-labelledby={`${baseId}-preview-heading`} className="space-y-4">
      <h2 id={`${baseId}-preview-heading`} className="text-lg font-semibold text-stone-900">
        Preview
      </h2>
      <ImportPreview preview={preview} />
      <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4">
        <button
          type="button"
          className={buttonClass.primary}
          disabled={locked || preview.importCount === 0}
          onClick={onConfirm}
        >
          {importing
            ? "Importing…"
            : `Import ${n(preview.importCount)} event${preview.importCount === 1 ? "" : "s"}`}
        </button>
        {preview.errorCount > 0 && preview.importCount > 0 ? (
          <span className="text-sm text-stone-600">
            The {count(preview.errorCount, { CSV: "row", SLACK: "message", JSONL: "line" }[preview.source])}{" "}
            with errors will be left out.
          </span>
        ) : null}
      </div>
      {progress ? (
        <div className="space-y-1" aria-live="polite">
          <label htmlFor={`${baseId}-progress`} className="block text-sm text-stone-700">
            {progress.phase === "checking"
              ? "Checking for duplicates…"
              : `Imported ${n(progress.done)} of ${n(progress.total)} events`}
          </label>
          <progress
            id={`${baseId}-progress`}
            className="h-2 w-full appearance-none overflow-hidden rounded bg-stone-200 [&::-moz-progress-bar]:bg-stone-900 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-stone-900"
            max={Math.max(progress.total, 1)}
            value={progress.phase === "checking" ? undefined : progress.done}
          />
        </div>
      ) : null}
    </section>
  );
}
