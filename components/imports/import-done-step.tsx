import Link from "next/link";
import { FormMessage } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import type { FormResult } from "@/lib/action-result";
import type { ImportResult } from "@/lib/schemas/imports";
import { count } from "./import-format";

function resultMessage(r: ImportResult) {
  const left = r.errors > 0 ? `, ${count(r.errors, "row")} with errors left out` : "";
  return `Imported ${count(r.imported, "event")} (${count(r.duplicates, "duplicate")} skipped${left}).`;
}

/** Step 6: what was imported, with a way back to the timeline and an undo. */
export function ImportDoneStep({
  baseId,
  postmortemId,
  result,
  undoMessage,
  undoing,
  onUndo,
}: {
  baseId: string;
  postmortemId: string;
  result: ImportResult;
  undoMessage: FormResult | null;
  undoing: boolean;
  onUndo: (batchId: string) => void;
}) {
  return (
    <section
      aria-labelledby={`${baseId}-result-heading`}
      className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4"
    >
      <div role="status">
        <h2 id={`${baseId}-result-heading`} className="text-sm font-semibold text-emerald-900">
          {resultMessage(result)}
        </h2>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={`/postmortems/${postmortemId}/timeline`} className={buttonClass.primary}>
          Open the timeline
        </Link>
        {undoMessage?.status !== "success" ? (
          <button
            type="button"
            className={buttonClass.danger}
            disabled={undoing}
            onClick={() => onUndo(result.batchId)}
          >
            {undoing ? "Undoing…" : "Undo this import"}
          </button>
        ) : null}
      </div>
      <FormMessage
        error={undoMessage?.status === "error" ? undoMessage.formError : undefined}
        success={undoMessage?.status === "success" ? undoMessage.message : undefined}
      />
    </section>
  );
}
