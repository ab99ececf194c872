"use client";
import { useRef } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/field";
import { DialogButtons, ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass, cx } from "@/components/ui/styles";
import type { EntityResult } from "@/lib/schemas/entity";
import { useEntitySave } from "./use-entity-save";

/** A delete button that asks first, in a modal dialog that says what will happen. */
export function ConfirmDelete({
  what,
  title,
  children,
  onDelete,
}: {
  /** For the button's accessible name: "Delete actor Coding agent". */
  what: string;
  title: string;
  children: React.ReactNode;
  onDelete: () => Promise<EntityResult<unknown>>;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const router = useRouter();
  const { pending, result, run, clear } = useEntitySave<unknown>();
  const failed = result && result.status !== "success" ? result : null;

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className={cx(buttonClass.danger, "px-2.5 py-1 text-xs")}
        aria-haspopup="dialog"
        aria-label={what}
        onClick={() => {
          clear();
          dialogRef.current?.showModal();
        }}
      >
        Delete
      </button>
      <ModalDialog dialogRef={dialogRef} openerRef={openerRef} title={title} description={children}>
        <FormMessage
          error={
            failed?.status === "conflict"
              ? `${failed.message} The page now shows their version; delete again if you still want to.`
              : failed?.formError
          }
        />
        <DialogButtons onCancel={() => dialogRef.current?.close()} focusCancel>
          <button
            type="button"
            className={cx(buttonClass.danger, "px-4 py-2")}
            disabled={pending}
            aria-disabled={pending}
            onClick={() =>
              run(
                "delete",
                async () => {
                  const r = await onDelete();
                  // Fetch their version, so deleting again carries it.
                  if (r.status === "conflict") router.refresh();
                  return r;
                },
                () => dialogRef.current?.close(),
              )
            }
          >
            {pending ? "Deleting…" : "Delete"}
          </button>
        </DialogButtons>
      </ModalDialog>
    </>
  );
}
