"use client";
import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import type { FormResult } from "@/lib/action-result";

// The secondary style at the danger button's size, so the rows line up.
const compactSecondary =
  "inline-flex items-center justify-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-60";

export type SessionRow = {
  id: string;
  device: string;
  userAgent: string;
  address: string;
  /** False when the address is unknown (shown as words, not as an address). */
  knownAddress: boolean;
  created: { iso: string; label: string };
  lastSeen: { iso: string; label: string };
  current: boolean;
};

export function SessionsList({
  sessions,
  revoke,
  signOutEverywhere,
}: {
  sessions: SessionRow[];
  revoke: (sessionId: string) => Promise<FormResult>;
  signOutEverywhere: () => Promise<FormResult>;
}) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});
  const [pending, startTransition] = useTransition();

  function run(id: string, action: () => Promise<FormResult | void>, done?: string) {
    setPendingId(id);
    setStatus({});
    startTransition(async () => {
      const result = await action();
      setPendingId(null);
      if (result?.status === "error") setStatus({ error: result.formError ?? "That did not work." });
      else if (done) setStatus({ success: done });
    });
  }

  return (
    <div className="space-y-4">
      <FormMessage error={status.error} success={status.success} />
      <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-stone-900">
                <span title={s.userAgent || undefined}>{s.device}</span>
                {s.current ? (
                  <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-inset ring-emerald-300">
                    This device
                  </span>
                ) : null}
              </p>
              <p className="mt-0.5 flex flex-wrap gap-x-1.5 text-xs text-stone-600">
                <span className={s.knownAddress ? "font-mono" : undefined}>{s.address}</span>
                <span aria-hidden>·</span>
                <span>
                  signed in <time dateTime={s.created.iso}>{s.created.label}</time>
                </span>
                <span aria-hidden>·</span>
                <span>
                  {s.current ? "active now" : "last seen "}
                  {s.current ? null : <time dateTime={s.lastSeen.iso}>{s.lastSeen.label}</time>}
                </span>
              </p>
            </div>
            {s.current ? (
              <button
                type="button"
                className={compactSecondary}
                disabled={pending}
                aria-disabled={pending}
                onClick={() => run(s.id, () => signOut({ callbackUrl: "/sign-in" }))}
              >
                {pendingId === s.id ? "Signing out…" : "Sign out"}
              </button>
            ) : (
              <button
                type="button"
                className={buttonClass.danger}
                disabled={pending}
                aria-disabled={pending}
                onClick={() =>
                  run(
                    s.id,
                    () => revoke(s.id),
                    `Session ended: ${s.device}. It is signed out at its next request.`,
                  )
                }
              >
                {pendingId === s.id ? "Ending…" : "End session"}
                <span className="sr-only">
                  {" "}
                  on {s.device}, {s.address}
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-3 pt-1">
        <p className="text-sm text-stone-600">
          Lost a device, or not sure? End every session, this one included.
        </p>
        <button
          type="button"
          className={buttonClass.danger}
          disabled={pending}
          aria-disabled={pending}
          onClick={() => run("everywhere", signOutEverywhere)}
        >
          {pendingId === "everywhere" ? "Signing out everywhere…" : "Sign out everywhere"}
        </button>
      </div>
    </div>
  );
}
