"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { StatusBadge } from "@/components/ui/badges";
import { Field, fieldProps, FormMessage } from "@/components/ui/field";
import { DialogButtons, ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass, cx, inputClass } from "@/components/ui/styles";
import { idle, type FormResult } from "@/lib/action-result";
import type { PostmortemStatus } from "@/lib/generated/prisma/enums";
import { moveButton } from "@/lib/workflow-moves";

export type StatusAction = (prev: FormResult, formData: FormData) => Promise<FormResult>;

type Transition = { to: PostmortemStatus; requiresReason: boolean };

const smallButton = {
  primary: cx(buttonClass.primary, "px-3 py-1.5"),
  secondary: cx(buttonClass.secondary, "px-3 py-1.5"),
  danger: buttonClass.danger,
} as const;

const readOnlyNotice: Record<string, string> = {
  PUBLISHED: "Read-only: published. Corrections reopen it as a draft; the reason is recorded in the history.",
  APPROVED: "Read-only while approved. Move it back to draft to change it.",
  NOT_REQUIRED: "Marked as not needing a write-up. Move it back to draft to write one.",
};

/**
 * The workflow bar at the top of a postmortem: its status, the moves this
 * user may make (computed on the server), and history, export and print.
 */
export function StatusBar({
  postmortemId,
  status,
  publishedAt,
  transitions,
  changeStatus,
}: {
  postmortemId: string;
  status: PostmortemStatus;
  /** Preformatted publication time, if published. */
  publishedAt: string | null;
  transitions: Transition[];
  /** changeStatusAction bound to this postmortem. */
  changeStatus: StatusAction;
}) {
  const { state, formAction, pending } = useServerAction(changeStatus, idle);
  const [clicked, setClicked] = useState<string | null>(null);
  const moves = transitions.map((t) => ({ ...t, ...moveButton(status, t.to) }));
  const direct = moves.filter((t) => !t.requiresReason);
  const reopen = moves.find((t) => t.requiresReason);
  const notice = readOnlyNotice[status];

  return (
    <section
      aria-label="Status and workflow"
      className="no-print mb-6 space-y-3 rounded-lg border border-stone-200 bg-white p-3 sm:p-4"
    >
      <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <p className="flex items-center gap-2 text-sm text-stone-700" aria-live="polite">
            <span className="font-medium">Status</span>
            <StatusBadge status={status} />
          </p>
          {direct.length > 0 ? (
            <form action={formAction} className="flex flex-wrap gap-2">
              <input type="hidden" name="expectedStatus" value={status} />
              {direct.map((t) => (
                <button
                  key={t.to}
                  type="submit"
                  name="to"
                  value={t.to}
                  className={smallButton[t.tone]}
                  disabled={pending}
                  aria-disabled={pending}
                  onClick={() => setClicked(t.to)}
                >
                  {pending && clicked === t.to ? (
                    <>
                      <span
                        className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent"
                        aria-hidden
                      />
                      Saving…
                    </>
                  ) : (
                    t.label
                  )}
                </button>
              ))}
            </form>
          ) : null}
          {reopen ? <ReopenDialog status={status} label={reopen.label} changeStatus={changeStatus} /> : null}
        </div>
        <nav aria-label="Postmortem tools" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <Link href={`/postmortems/${postmortemId}/history`} className={buttonClass.link}>
            History
          </Link>
          <a href={`/postmortems/${postmortemId}/export`} download className={buttonClass.link}>
            Download Markdown
          </a>
          <button type="button" className={buttonClass.link} onClick={() => window.print()}>
            Print
          </button>
        </nav>
      </div>
      {notice ? (
        <p className="rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900">
          {notice}
          {publishedAt ? (
            <span className="block text-xs text-indigo-700">Published {publishedAt}</span>
          ) : null}
        </p>
      ) : null}
      <FormMessage error={state.status === "error" ? state.formError : undefined} />
    </section>
  );
}

/** "Reopen for correction": a modal dialog asking for the reason (recorded in the history). */
function ReopenDialog({
  status,
  label,
  changeStatus,
}: {
  status: string;
  label: string;
  changeStatus: StatusAction;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { state, formAction, pending } = useServerAction(changeStatus, idle);
  const reasonErrors = state.fieldErrors?.reason;

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className={smallButton.danger}
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          reasonRef.current?.focus();
        }}
      >
        {label}
      </button>
      <ModalDialog
        dialogRef={dialogRef}
        openerRef={openerRef}
        wide
        title="Reopen for correction"
        description={
          <p>
            The postmortem goes back to draft so it can be corrected. Everyone can see the reason in its
            history.
          </p>
        }
      >
        <form action={formAction} className="space-y-4">
          <input type="hidden" name="to" value="DRAFT" />
          <input type="hidden" name="expectedStatus" value={status} />
          <Field id="reason" label="Reason" errors={reasonErrors}>
            <textarea
              ref={reasonRef}
              {...fieldProps("reason", reasonErrors)}
              required
              rows={4}
              maxLength={2000}
              defaultValue={state.values?.reason ?? ""}
              key={state.values?.reason ?? ""}
              className={inputClass}
              placeholder="What is wrong in the published version?"
            />
          </Field>
          <FormMessage error={state.status === "error" && !reasonErrors ? state.formError : undefined} />
          <DialogButtons onCancel={() => dialogRef.current?.close()}>
            <button type="submit" className={buttonClass.primary} disabled={pending} aria-disabled={pending}>
              {pending ? "Reopening…" : "Reopen as draft"}
            </button>
          </DialogButtons>
        </form>
      </ModalDialog>
    </>
  );
}
