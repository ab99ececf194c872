"use client";
import { callFormAction } from "@/components/actions/call-action";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { FormResult } from "@/lib/action-result";
import { roleLabels } from "./roles";

export function InviteRow({
  invite,
  revoke,
}: {
  invite: { id: string; email: string; role: string; expiresAt: Date };
  revoke: () => Promise<FormResult>;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <li className="flex items-center justify-between gap-2 text-sm">
      <div className="min-w-0">
        <p className="truncate">{invite.email}</p>
        <p className="text-xs text-stone-500">
          {roleLabels[invite.role]} · expires {invite.expiresAt.toISOString().slice(0, 10)}
        </p>
        {error ? <p className="text-xs text-red-700">{error}</p> : null}
      </div>
      <button
        type="button"
        className={buttonClass.danger}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await callFormAction(revoke);
            if (r.status === "error") setError(r.formError);
          })
        }
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
    </li>
  );
}
