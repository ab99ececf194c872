"use client";
import { useRef } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { FormMessage } from "@/components/ui/field";
import { DialogButtons, ModalDialog } from "@/components/ui/modal-dialog";
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
  const { state, formAction, pending } = useServerAction(async (prev: FormResult, formData: FormData) => {
    const result = await restore(prev, formData);
    if (result.status === "success") dialogRef.current?.close();
    return result;
  }, idle);
  const disabledId = `restore-${revisionNumber}-disabled`;

  return (
    <div className="space-y-1">
      <button
        ref={openerRef}
        type="button"
        className={cx(buttonClass.secondary, "px-2.5 py-1 text-xs")}
        disabled={disabledReason !== null}
        aria-haspopup="dialog"
        title={disabledReason ?? undefined}
        aria-describedby={disabledReason ? disabledId : undefined}
        onClick={() => dialogRef.current?.showModal()}
      >
        Restore this revision
      </button>
      {disabledReason ? (
        <span id={disabledId} className="sr-only">
          {disabledReason}
        </span>
      ) : null}
      {state.status === "success" ? <FormMessage success={state.message} /> : null}
      <ModalDialog
        dialogRef={dialogRef}
        openerRef={openerRef}
        title={`Restore revision ${revisionNumber}?`}
        description={
          <p>
            Its title, summary, impact and sections replace the current ones. Nothing is lost: the current
            content stays in the history, and the restore is added as a new revision.
          </p>
        }
      >
        <form action={formAction} className="space-y-4">
          <input type="hidden" name="revisionNumber" value={revisionNumber} />
          <FormMessage error={state.status === "error" ? state.formError : undefined} />
          <DialogButtons onCancel={() => dialogRef.current?.close()} focusCancel>
            <button type="submit" className={buttonClass.primary} disabled={pending} aria-disabled={pending}>
              {pending ? "Restoring…" : `Restore revision ${revisionNumber}`}
            </button>
          </DialogButtons>
        </form>
      </ModalDialog>
    </div>
  );
}
