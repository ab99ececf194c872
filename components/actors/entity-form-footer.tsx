"use client";
import { FormMessage } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import type { EntityResult } from "@/lib/schemas/entity";
import { ConflictNotice, type ConflictRow } from "./conflict-notice";

/**
 * The end of a versioned entity form: the conflict notice (or the form's
 * error), then Save and Cancel.
 */
export function EntityFormFooter<Current extends { version: number }>({
  result,
  pending,
  baseVersion,
  conflictRows,
  onUseTheirs,
  onKeepMine,
  clear,
  submitLabel,
  onDone,
}: {
  result: EntityResult<Current> | null;
  pending: boolean;
  baseVersion: number | null;
  /** The fields where their record differs from what the form holds. */
  conflictRows: (current: Current) => ConflictRow[];
  /** Load their record into the form and base the next save on its version. */
  onUseTheirs: (current: Current) => void;
  /** Save the form's values over theirs, based on `version`. */
  onKeepMine: (version: number | null) => void;
  clear: () => void;
  submitLabel: string;
  onDone: () => void;
}) {
  return (
    <>
      {result?.status === "conflict" ? (
        <ConflictNotice
          message={result.message}
          pending={pending}
          rows={result.theirs ? conflictRows(result.theirs) : []}
          onUseTheirs={() => {
            if (result.theirs) onUseTheirs(result.theirs);
            clear();
          }}
          onKeepMine={() => onKeepMine(result.theirs?.version ?? baseVersion)}
        />
      ) : (
        <FormMessage error={result?.status === "error" ? result.formError : undefined} />
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass.primary} disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={onDone} disabled={pending}>
          Cancel
        </button>
      </div>
    </>
  );
}
