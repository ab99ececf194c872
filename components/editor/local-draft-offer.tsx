"use client";
import { buttonClass, cx } from "@/components/ui/styles";

/** Offers back text this browser kept but never saved: restore it or discard it. */
export function LocalDraftOffer({
  label,
  message,
  restoreLabel,
  at,
  onRestore,
  onDiscard,
  className,
}: {
  label: string;
  message: React.ReactNode;
  restoreLabel: string;
  at: number;
  onRestore: () => void;
  onDiscard: () => void;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      className={cx(
        "flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm",
        className,
      )}
    >
      <p className="grow">{message}</p>
      <button type="button" className={buttonClass.primary} onClick={onRestore}>
        {restoreLabel} {new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
      </button>
      <button type="button" className={buttonClass.secondary} onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
