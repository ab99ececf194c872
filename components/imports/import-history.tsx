"use client";
import { callFormAction } from "@/components/actions/call-action";
import { useState, useTransition } from "react";
import { Pill } from "@/components/ui/badges";
import { FormMessage } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import type { FormResult } from "@/lib/action-result";
import { importSourceLabels } from "@/lib/import/types";
import type { ImportBatchView } from "@/lib/schemas/imports";
import { formatInZone } from "@/lib/time";

const n = (value: number) => value.toLocaleString("en-US");

/** Past imports of the postmortem, newest first, each undoable as a whole. */
export function ImportHistory({
  batches,
  zone,
  canUndo,
  undo,
}: {
  batches: ImportBatchView[];
  zone: string;
  canUndo: boolean;
  undo: (batchId: string) => Promise<FormResult>;
}) {
  const [pending, start] = useTransition();
  const [working, setWorking] = useState<string | null>(null);
  const [message, setMessage] = useState<FormResult | null>(null);

  if (batches.length === 0)
    return (
      <p className="text-sm text-stone-600">
        No imports yet. Imported events can be undone here, file by file.
      </p>
    );

  return (
    <div className="space-y-3">
      <FormMessage
        error={message?.status === "error" ? message.formError : undefined}
        success={message?.status === "success" ? message.message : undefined}
      />
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {batches.map((b) => (
          <li
            key={b.id}
            className="flex flex-col gap-2 p-3 text-sm sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="min-w-0 space-y-0.5">
              <p className="break-words font-medium text-stone-900">{b.fileName}</p>
              <p className="text-xs text-stone-600">
                {importSourceLabels[b.source]} · {n(b.rowCount)} event{b.rowCount === 1 ? "" : "s"}
                {b.duplicateCount > 0 ? ` · ${n(b.duplicateCount)} duplicates skipped` : ""} · {b.createdBy},{" "}
                {formatInZone(new Date(b.createdAt), zone)}
              </p>
            </div>
            <div className="shrink-0">
              {b.undoneAt ? (
                <Pill>Undone {formatInZone(new Date(b.undoneAt), zone)}</Pill>
              ) : canUndo ? (
                <button
                  type="button"
                  className={buttonClass.danger}
                  disabled={pending}
                  aria-label={`Undo the import of ${b.fileName}`}
                  onClick={() => {
                    setWorking(b.id);
                    start(async () => {
                      setMessage(await callFormAction(() => undo(b.id)));
                      setWorking(null);
                    });
                  }}
                >
                  {pending && working === b.id ? "Undoing…" : "Undo"}
                </button>
              ) : (
                <Pill tone="emerald">{n(b.liveEvents)} on the timeline</Pill>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
