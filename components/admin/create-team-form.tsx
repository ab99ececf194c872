"use client";
import { useServerAction } from "@/components/actions/use-server-action";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";

export function CreateTeamForm({
  action,
}: {
  action: (prev: FormResult, formData: FormData) => Promise<FormResult>;
}) {
  const { state, formAction } = useServerAction(action, idle);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-3" noValidate>
      <FormMessage error={state.formError} success={state.status === "success" ? state.message : undefined} />
      <Field id="name" label="Team name" errors={e.name}>
        <input {...fieldProps("name", e.name)} defaultValue={v.name} className={inputClass} />
      </Field>
      <Field
        id="slug"
        label="Short name"
        errors={e.slug}
        hint="Lowercase letters, digits and dashes, e.g. “payments”."
      >
        <input {...fieldProps("slug", e.slug)} defaultValue={v.slug} className={inputClass} />
      </Field>
      <SubmitButton pendingText="Creating…">Create team</SubmitButton>
    </form>
  );
}
