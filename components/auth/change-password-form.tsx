"use client";
import { useServerAction } from "@/components/actions/use-server-action";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";

export function ChangePasswordForm({
  action,
}: {
  action: (prev: FormResult, formData: FormData) => Promise<FormResult>;
}) {
  const { state, formAction } = useServerAction(action, idle);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage error={state.formError} />
      <Field id="currentPassword" label="Current password" errors={e.currentPassword}>
        <input
          {...fieldProps("currentPassword", e.currentPassword)}
          type="password"
          autoComplete="current-password"
          className={inputClass}
        />
      </Field>
      <Field
        id="newPassword"
        label="New password"
        errors={e.newPassword}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, and not a common or easily guessed password.`}
      >
        <input
          {...fieldProps("newPassword", e.newPassword)}
          type="password"
          autoComplete="new-password"
          className={inputClass}
        />
      </Field>
      <Field id="confirmPassword" label="Repeat new password" errors={e.confirmPassword}>
        <input
          {...fieldProps("confirmPassword", e.confirmPassword)}
          type="password"
          autoComplete="new-password"
          className={inputClass}
        />
      </Field>
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
