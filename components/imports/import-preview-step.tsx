import { FormMessage } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import type { Failure } from "./import-client";
import { isFieldFailure } from "./import-wizard-state";

/**
 * Step 4: the Preview button, and what went wrong with the last preview or import: a
 * field's failure shows beside its field, so here it is only announced.
 */
export function ImportPreviewStep({
  reading,
  locked,
  failure,
  onPreview,
}: {
  reading: boolean;
  locked: boolean;
  failure: Failure | null;
  onPreview: () => void;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass.secondary} onClick={onPreview} disabled={locked}>
          {reading ? "Reading the file…" : "Preview"}
        </button>
        <span className="text-xs text-stone-500">Nothing is imported until you confirm.</span>
      </div>

      {failure && !isFieldFailure(failure) ? (
        <div role="alert">
          <FormMessage error={failure.message} />
        </div>
      ) : null}
      {failure && isFieldFailure(failure) ? (
        <p role="alert" className="sr-only">
          {failure.message}
        </p>
      ) : null}
    </>
  );
}
