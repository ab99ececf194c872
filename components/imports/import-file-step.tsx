import type { ImportSourceKind } from "@/lib/import/types";
import type { Failure } from "./import-client";
import { n } from "./import-format";
import { fieldError, type ImportFile } from "./import-wizard-state";

const accept: Record<ImportSourceKind, string> = {
  CSV: ".csv,text/csv,text/plain",
  SLACK: ".json,application/json",
  JSONL: ".jsonl,.ndjson,.log,.txt,.json,application/x-ndjson,text/plain",
};

/** Step 2: the file (several Slack day files), read in the browser until the preview. */
export function ImportFileStep({
  baseId,
  source,
  files,
  fileError,
  failure,
  locked,
  onChoose,
}: {
  baseId: string;
  source: ImportSourceKind;
  files: ImportFile[];
  fileError: string | null;
  failure: Failure | null;
  locked: boolean;
  onChoose: (list: FileList | null) => void;
}) {
  const fileId = `${baseId}-file`;
  const error = fileError ?? fieldError(failure, "file");
  return (
    <div className="space-y-1">
      <label htmlFor={fileId} className="block text-sm font-medium text-stone-800">
        {source === "SLACK" ? "Slack day files" : "File"}
      </label>
      <input
        key={source}
        id={fileId}
        type="file"
        accept={accept[source]}
        multiple={source === "SLACK"}
        disabled={locked}
        onChange={(e) => onChoose(e.currentTarget.files)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${fileId}-hint ${fileId}-error`}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-stone-100"
      />
      <p id={`${fileId}-hint`} className="text-xs text-stone-500">
        Up to {n(10_000)} rows and 5 MB. The file stays in your browser until you preview.
      </p>
      <div id={`${fileId}-error`} aria-live="polite">
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
        {files.length > 1 ? <p className="text-xs text-stone-600">{files.length} files chosen.</p> : null}
      </div>
    </div>
  );
}
