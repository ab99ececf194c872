"use client";
import { useRef } from "react";
import { useFormActionState } from "@/components/actions/use-form-action-state";
import { FormMessage } from "@/components/ui/field";
import { buttonClass, cx } from "@/components/ui/styles";
import { idle, type FormResult } from "@/lib/action-result";

export type RestoreAction = (prev: FormResult, formData: FormData) => Promise<FormResult>;

/** "Restore this revision", confirmed in a modal dialog. Restoring adds a new revision. */
export function RestoreButton({
  revisionNumber,
  disabledReason,
  restore,
}: {
  revisionNumber: number;
  /** Why restoring is not possible now (not editable, not a writer); null when it is. */
  disabledReason: string | null;
  /** restoreRevisionAction bound to the postmortem. */
  restore: RestoreAction;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [state, formAction, pending] = useFormActionState(async (prev: FormResult, formData: FormData) => {
    const result = await restore(prev, formData);
    if (result.status === "success") dialogRef.current?.close();
    return result;
  }, idle);
  const titleId = `restore-${revisionNumber}-title`;

  return (
    <div className="space-y-1">
      <button
        ref={openerRef}
        type="button"
        className={cx(buttonClass.secondary, "px-2.5 py-1 text-xs")}
        disabled={disabledReason !== null}
        aria-haspopup="dialog"
        title={disabledReason ?? undefined}
        aria-describedby={disabledReason ? `${titleId}-disabled` : undefined}
        onClick={() => dialogRef.current?.showModal()}
      >
        Restore this revision
      </button>
      {disabledReason ? (
        <span id={`${titleId}-disabled`} className="sr-only">
          {disabledReason}
        </span>
      ) : null}
      {state.status === "success" ? <FormMessage success={state.message} /> : null}
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onClose={() => openerRef.current?.focus()}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-200 p-0 shadow-xl backdrop:bg-stone-900/40"
      >
        <form action={formAction} className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold text-stone-900">
            Restore revision {revisionNumber}?
          </h2>
          <p className="text-sm text-stone-600">
            Its title, summary, impact and sections replace the current ones. Nothing is lost: the current
            content stays in the history, and the restore is added as a new revision.
          </p>
          <input type="hidden" name="revisionNumber" value={revisionNumber} />
          <FormMessage error={state.status === "error" ? state.formError : undefined} />
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className={buttonClass.secondary}
              onClick={() => dialogRef.current?.close()}
              autoFocus
            >
              Cancel
            </button>
            <button type="submit" className={buttonClass.primary} disabled={pending} aria-disabled={pending}>
              {pending ? "Restoring…" : `Restore revision ${revisionNumber}`}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
