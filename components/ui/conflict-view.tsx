"use client";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/styles";

type Side = { heading: ReactNode; content: ReactNode };
type Choice = { label: string; onClick: () => void; pendingLabel?: string };

/**
 * The one conflict view: someone else saved since this version was loaded
 * (an action answered `{ status: "conflict", theirs }`). Their saved version
 * beside mine, and nothing is discarded without a click: keep theirs, keep
 * mine (saved over theirs), or whatever `children` offers (a hand merge).
 * Sections, timeline events and the actors tab's records all show it.
 */
export function ConflictView({
  message,
  theirs,
  mine,
  keepTheirs,
  keepMine,
  pending = false,
  children,
}: {
  message: ReactNode;
  theirs: Side;
  mine: Side;
  keepTheirs: Choice;
  /** None when there is nothing to save mine over (theirs was deleted). */
  keepMine?: Choice | undefined;
  pending?: boolean;
  children?: ReactNode;
}) {
  return (
    <section
      aria-label="Conflict: compare both versions"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm sm:p-4"
    >
      <p role="alert" className="font-medium text-amber-950">
        {message}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {[
          { side: theirs, testId: "conflict-theirs" },
          { side: mine, testId: "conflict-mine" },
        ].map(({ side, testId }) => (
          <div key={testId} className="min-w-0 rounded-md border border-stone-200 bg-white p-3">
            <h3 className="mb-2 text-sm font-semibold text-stone-800">{side.heading}</h3>
            <div data-testid={testId}>{side.content}</div>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={keepTheirs.onClick}
          disabled={pending}
        >
          {keepTheirs.label}
        </button>
        {keepMine ? (
          <button type="button" className={buttonClass.primary} onClick={keepMine.onClick} disabled={pending}>
            {pending && keepMine.pendingLabel ? keepMine.pendingLabel : keepMine.label}
          </button>
        ) : null}
      </div>
      {children}
    </section>
  );
}
