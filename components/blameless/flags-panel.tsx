"use client";
import { callFormAction } from "@/components/actions/call-action";
import { useState, useTransition } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";

export type PanelFlag = {
  location: string;
  locationLabel: string;
  ruleId: string;
  match: string;
  reason: string;
  suggestion: string;
  context: string;
  dismissal: { id: string; reason: string; by: string; at: string } | null;
};

/**
 * Every blaming or counterfactual phrase in the postmortem, where it is, why
 * it reads as blame and a systemic rewrite. Writers may keep a phrase on
 * purpose with a reason; reviewers see that reason.
 */
export function FlagsPanel({
  flags,
  canDismiss,
  dismiss,
  restore,
}: {
  flags: PanelFlag[];
  canDismiss: boolean;
  dismiss: (prev: FormResult, formData: FormData) => Promise<FormResult>;
  restore: (dismissalId: string) => Promise<FormResult>;
}) {
  const open = flags.filter((f) => !f.dismissal);
  const dismissed = flags.filter((f) => f.dismissal);
  return (
    <section
      id="blameless-language"
      aria-labelledby="flags-heading"
      className="no-print mt-8 rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="flags-heading" className="text-lg font-semibold">
        Blameless language{" "}
        <span className={open.length ? "text-amber-700" : "text-emerald-700"}>
          ({open.length} open {open.length === 1 ? "flag" : "flags"})
        </span>
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        Phrases that assign blame or reason with hindsight hide what the system made likely. Each flag says
        why and suggests a systemic rewrite.
      </p>
      {flags.length === 0 ? (
        <p className="mt-4 text-sm text-emerald-800">No blaming or counterfactual phrases found.</p>
      ) : null}
      {open.length > 0 ? (
        <ul className="mt-4 space-y-3">
          {open.map((f, i) => (
            <FlagItem
              key={`${f.location}-${f.ruleId}-${i}`}
              flag={f}
              canDismiss={canDismiss}
              dismiss={dismiss}
            />
          ))}
        </ul>
      ) : null}
      {dismissed.length > 0 ? (
        <>
          <h3 className="mt-6 text-sm font-semibold text-stone-700">Kept on purpose ({dismissed.length})</h3>
          <ul className="mt-2 space-y-2">
            {dismissed.map((f, i) => (
              <DismissedItem
                key={`${f.location}-${f.ruleId}-${i}`}
                flag={f}
                canRestore={canDismiss}
                restore={restore}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Context({ flag }: { flag: PanelFlag }) {
  const at = flag.context.toLowerCase().indexOf(flag.match.toLowerCase());
  if (at < 0) return <>{flag.context}</>;
  return (
    <>
      {flag.context.slice(0, at)}
      <mark className="bg-amber-100 underline decoration-amber-600 decoration-wavy">
        {flag.context.slice(at, at + flag.match.length)}
      </mark>
      {flag.context.slice(at + flag.match.length)}
    </>
  );
}

function FlagItem({
  flag,
  canDismiss,
  dismiss,
}: {
  flag: PanelFlag;
  canDismiss: boolean;
  dismiss: (prev: FormResult, formData: FormData) => Promise<FormResult>;
}) {
  const [open, setOpen] = useState(false);
  const { state, formAction } = useServerAction(dismiss, idle);
  const id = `dismiss-${flag.location}-${flag.ruleId}-${flag.match}`.replace(/[^a-zA-Z0-9-]/g, "-");
  const e = state.fieldErrors ?? {};
  return (
    <li className="rounded-md border border-amber-200 bg-amber-50/50 p-3 text-sm">
      <p>
        <span className="font-semibold">“{flag.match}”</span>{" "}
        <span className="text-stone-500">in {flag.locationLabel}</span>
      </p>
      <p className="mt-1 text-stone-700">
        <Context flag={flag} />
      </p>
      <p className="mt-2 text-stone-800">{flag.reason}</p>
      <p className="mt-1 text-stone-700">
        <span className="font-medium">Try instead:</span> {flag.suggestion}
      </p>
      {canDismiss ? (
        open ? (
          <form action={formAction} className="mt-3 space-y-2" noValidate>
            <FormMessage error={state.formError} />
            <input type="hidden" name="location" value={flag.location} />
            <input type="hidden" name="ruleId" value={flag.ruleId} />
            <input type="hidden" name="phrase" value={flag.match} />
            <Field id={id} label="Why keep this wording?" errors={e.reason}>
              <textarea
                {...fieldProps(id, e.reason)}
                name="reason"
                rows={2}
                defaultValue={state.values?.reason}
                className={inputClass}
              />
            </Field>
            <div className="flex gap-2">
              <SubmitButton pendingText="Dismissing…">Dismiss flag</SubmitButton>
              <button type="button" className={buttonClass.secondary} onClick={() => setOpen(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className={`${buttonClass.secondary} mt-3`} onClick={() => setOpen(true)}>
            Keep this wording…
          </button>
        )
      ) : null}
    </li>
  );
}

function DismissedItem({
  flag,
  canRestore,
  restore,
}: {
  flag: PanelFlag;
  canRestore: boolean;
  restore: (dismissalId: string) => Promise<FormResult>;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const d = flag.dismissal!;
  return (
    <li className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700">
      <p>
        <span className="font-medium">“{flag.match}”</span> in {flag.locationLabel}: kept by {d.by} —{" "}
        <span className="italic">{d.reason}</span>
      </p>
      {canRestore ? (
        <button
          type="button"
          className="mt-2 text-sm font-medium text-brand-700 hover:underline"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await callFormAction(() => restore(d.id));
              if (r.status === "error") setError(r.formError);
            })
          }
        >
          {pending ? "Restoring…" : "Flag it again"}
        </button>
      ) : null}
      {error ? <p className="text-red-700">{error}</p> : null}
    </li>
  );
}
