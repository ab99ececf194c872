"use client";
import { useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";
import { roleHelp, roleLabels } from "./roles";

export function InviteForm({
  action,
  roles,
}: {
  action: (prev: FormResult, formData: FormData) => Promise<FormResult>;
  roles: string[];
}) {
  const { state, formAction } = useServerAction(action, idle);
  const [copied, setCopied] = useState(false);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const link = state.status === "success" && v.inviteUrl ? v.inviteUrl : null;
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-3" noValidate>
      <FormMessage error={state.formError} success={state.status === "success" ? state.message : undefined} />
      {link ? (
        <div className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3">
          <label htmlFor="invite-link" className="block text-xs font-medium text-stone-700">
            Invite link (shown once; valid for 14 days)
          </label>
          <input
            id="invite-link"
            readOnly
            value={link}
            className={`${inputClass} font-mono text-xs`}
            onFocus={(ev) => ev.target.select()}
          />
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
          >
            {copied ? "Copied" : "Copy link"}
          </button>
        </div>
      ) : null}
      <Field id="email" label="Email" errors={e.email}>
        <input {...fieldProps("email", e.email)} type="email" defaultValue={v.email} className={inputClass} />
      </Field>
      <Field id="role" label="Role" errors={e.role}>
        <select {...fieldProps("role", e.role)} defaultValue={v.role ?? "WRITER"} className={inputClass}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]} — {roleHelp[r]}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton pendingText="Creating invite…">Create invite link</SubmitButton>
    </form>
  );
}
