"use client";
import { buttonClass, cx } from "@/components/ui/styles";
import type { Unreachable } from "./call-action";

/**
 * Why the last call got no answer, with what helps: Retry (sends the same
 * attempt again) or, after an update of the app, Reload.
 */
export function ActionProblem({
  problem,
  onRetry,
  pending,
  className,
}: {
  problem: Unreachable | null;
  onRetry: () => void;
  pending?: boolean;
  className?: string;
}) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {problem ? (
        <div
          className={cx(
            "flex flex-wrap items-center gap-2 rounded-md border px-3 py-2 text-sm",
            problem.kind === "stale"
              ? "border-amber-300 bg-amber-50 text-amber-950"
              : "border-red-200 bg-red-50 text-red-800",
          )}
        >
          <p className="min-w-0 grow">{problem.message}</p>
          {problem.kind === "stale" ? (
            <button type="button" className={buttonClass.secondary} onClick={() => window.location.reload()}>
              Reload page
            </button>
          ) : (
            <button type="button" className={buttonClass.secondary} onClick={onRetry} disabled={pending}>
              {pending ? "Retrying…" : "Retry"}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}
