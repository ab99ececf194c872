"use client";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { FormMessage } from "@/components/ui/field";
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
      <dialog
        ref={dialogRef}
        aria-label={title}
        onClose={() => openerRef.current?.focus()}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-200 p-0 shadow-xl backdrop:bg-stone-900/40"
      >
        <div className="space-y-4 p-5">
          <h2 className="text-lg font-semibold text-stone-900">{title}</h2>
          <div className="space-y-2 text-sm text-stone-600">{children}</div>
          <FormMessage
            error={
              failed?.status === "conflict"
                ? `${failed.message} The page now shows their version; delete again if you still want to.`
                : failed?.formError
            }
          />
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className={buttonClass.secondary}
              onClick={() => dialogRef.current?.close()}
              autoFocus
            >
              Cancel
            </button>
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
          </div>
        </div>
      </dialog>
    </>
  );
}
