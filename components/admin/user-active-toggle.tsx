"use client";
import { callFormAction } from "@/components/actions/call-action";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { FormResult } from "@/lib/action-result";

export function UserActiveToggle({
  name,
  active,
  toggle,
}: {
  name: string;
  active: boolean;
  toggle: () => Promise<FormResult>;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className={active ? buttonClass.danger : buttonClass.secondary}
        disabled={pending}
        onClick={() => {
          if (
            active &&
            !window.confirm(`Deactivate ${name}? They are signed out everywhere and cannot sign in.`)
          )
            return;
          start(async () => {
            const r = await callFormAction(toggle);
            if (r.status === "error") setError(r.formError);
          });
        }}
      >
        {pending ? "Saving…" : active ? "Deactivate" : "Reactivate"}
      </button>
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
    </>
  );
}
