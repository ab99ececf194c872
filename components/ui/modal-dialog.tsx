"use client";
import { useId, type ReactNode, type RefObject } from "react";
import { buttonClass, cx } from "./styles";

/**
 * A modal confirmation (the browser's `<dialog>`: focus trapped, Escape
 * closes, the page behind inert), opened by `dialogRef.current.showModal()`
 * from the button in `openerRef`, which gets focus back on close. Deleting an
 * actor, restoring a revision and reopening a published postmortem all ask
 * through it.
 */
export function ModalDialog({
  dialogRef,
  openerRef,
  title,
  description,
  wide = false,
  children,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  openerRef: RefObject<HTMLButtonElement | null>;
  title: ReactNode;
  /** What will happen, read out with the title. */
  description?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onClose={() => openerRef.current?.focus()}
      className={cx(
        "m-auto rounded-lg border border-stone-200 p-0 shadow-xl backdrop:bg-stone-900/40",
        wide ? "w-[min(32rem,calc(100vw-2rem))]" : "w-[min(28rem,calc(100vw-2rem))]",
      )}
    >
      <div className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-stone-900">
          {title}
        </h2>
        {description ? (
          <div id={`${id}-description`} className="space-y-2 text-sm text-stone-600">
            {description}
          </div>
        ) : null}
        {children}
      </div>
    </dialog>
  );
}

/** Cancel, then the dialog's own confirm button (`children`). */
export function DialogButtons({
  onCancel,
  focusCancel = false,
  children,
}: {
  onCancel: () => void;
  /** Start on Cancel, for a confirm that destroys or replaces something. */
  focusCancel?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex justify-end gap-2">
      <button type="button" className={buttonClass.secondary} onClick={onCancel} autoFocus={focusCancel}>
        Cancel
      </button>
      {children}
    </div>
  );
}
