"use client";
import { callFormAction } from "@/components/actions/call-action";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { FormResult } from "@/lib/action-result";

export function ArchiveTemplateButton({
  name,
  archive,
}: {
  name: string;
  archive: () => Promise<FormResult>;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className={buttonClass.danger}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Archive “${name}”? Postmortems made from it keep their sections.`)) return;
          start(async () => {
            const r = await callFormAction(archive);
            if (r.status === "error") setError(r.formError);
          });
        }}
      >
        {pending ? "Archiving…" : "Archive"}
      </button>
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
    </>
  );
}
