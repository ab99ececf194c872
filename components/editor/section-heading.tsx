"use client";
import { useState, useTransition } from "react";
import { callAction } from "@/components/actions/call-action";
import { buttonClass } from "@/components/ui/styles";

type StructureResult = { status: string; formError?: string };

const directions = [
  ["up", "↑"],
  ["down", "↓"],
] as const;

/** A section's heading with its structure buttons (move up, move down, remove) and their error. */
export function SectionHeading({
  headingId,
  title,
  isFirst,
  isLast,
  move,
  remove,
}: {
  headingId: string;
  title: string;
  isFirst: boolean;
  isLast: boolean;
  move: (direction: "up" | "down") => Promise<StructureResult>;
  remove: () => Promise<StructureResult>;
}) {
  const [structureError, setStructureError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const structure = (run: () => Promise<StructureResult>) =>
    startTransition(async () => {
      setStructureError(null);
      const called = await callAction(run);
      const result = called.ok ? called.value : { status: "error", formError: called.problem.message };
      if (result.status !== "success") setStructureError(result.formError ?? "That did not work.");
    });

  return (
    <>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {title || "Untitled section"}
        </h2>
        <div className="flex flex-wrap gap-1">
          {directions.map(([direction, arrow]) => (
            <button
              key={direction}
              type="button"
              className={buttonClass.secondary + " px-2 py-1"}
              aria-label={`Move “${title}” ${direction}`}
              disabled={(direction === "up" ? isFirst : isLast) || pending}
              onClick={() => structure(() => move(direction))}
            >
              {arrow}
            </button>
          ))}
          <button
            type="button"
            className={buttonClass.danger}
            aria-label={`Remove section “${title}”`}
            disabled={pending}
            onClick={() => {
              if (!window.confirm(`Remove the section “${title}” and its text?`)) return;
              structure(remove);
            }}
          >
            Remove
          </button>
        </div>
      </div>

      {structureError ? (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {structureError}
        </p>
      ) : null}
    </>
  );
}
