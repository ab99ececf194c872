"use client";
import { cx } from "@/components/ui/styles";
import type { Toast } from "./use-toast";

/** The toast at the bottom of the tab, with Undo after a delete. */
export function UndoToast({
  toast,
  onUndo,
  onDismiss,
}: {
  toast: Toast | null;
  onUndo: (id: string) => void;
  onDismiss: () => void;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-20 flex justify-center px-4"
    >
      {toast ? (
        <div
          className={cx(
            "pointer-events-auto flex items-center gap-3 rounded-lg px-4 py-3 text-sm shadow-lg",
            toast.tone === "error" ? "bg-red-700 text-white" : "bg-stone-900 text-white",
          )}
        >
          <span>{toast.message}</span>
          {toast.undoId ? (
            <button
              type="button"
              className="rounded-md bg-white px-3 py-1 text-sm font-semibold text-stone-900 hover:bg-stone-200"
              onClick={() => onUndo(toast.undoId!)}
            >
              Undo
            </button>
          ) : null}
          <button
            type="button"
            aria-label="Dismiss"
            className="rounded px-1 text-stone-300 hover:text-white"
            onClick={onDismiss}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
