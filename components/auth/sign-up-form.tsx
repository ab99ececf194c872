"use client";
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";

export function SignUpForm({
  action,
  invite,
  fixedEmail,
  minPasswordLength,
}: {
  action: (prev: FormResult, formData: FormData) => Promise<FormResult>;
  invite?: string | undefined;
  fixedEmail?: string | undefined;
  minPasswordLength: number;
}) {
  const { state, formAction } = useServerAction(action, idle);
  // Kept in React state so the follow-up sign-in has it without echoing it from the server.
  const [password, setPassword] = useState("");
  const signingIn = useRef(false);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.status === "success" && !signingIn.current) {
      signingIn.current = true;
      void signIn("credentials", { email: v.email, password, callbackUrl: "/postmortems" });
    }
  }, [state, v.email, password]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage
        error={state.formError}
        success={state.status === "success" ? "Account created. Signing you in…" : undefined}
      />
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <Field id="name" label="Your name" errors={e.name}>
        <input
          {...fieldProps("name", e.name)}
          autoComplete="name"
          defaultValue={v.name}
          className={inputClass}
        />
      </Field>
      <Field id="email" label="Email" errors={e.email}>
        <input
          {...fieldProps("email", e.email)}
          type="email"
          autoComplete="username"
          defaultValue={fixedEmail ?? v.email}
          readOnly={Boolean(fixedEmail)}
          className={inputClass}
        />
      </Field>
      <Field
        id="password"
        label="Password"
        errors={e.password}
        hint={`At least ${minPasswordLength} characters, and not a common or easily guessed password.`}
      >
        <input
          {...fieldProps("password", e.password)}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(ev) => setPassword(ev.target.value)}
          className={inputClass}
        />
      </Field>
      <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
    </form>
  );
}
