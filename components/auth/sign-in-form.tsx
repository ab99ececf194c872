"use client";
import { signIn } from "next-auth/react";
import { useRef, useState, useTransition } from "react";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/styles";
import {
  SIGN_IN_MESSAGES,
  checkSignInFields,
  fieldsFromErrorCode,
  type SignInFieldErrors,
} from "@/lib/sign-in-fields";

const errorMessages: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  TooManyAttempts: "Too many failed sign-in attempts. Wait 15 minutes, then try again.",
  AccountThrottled:
    "Too many failed sign-in attempts for this account from several places. Try again within the hour, or from a place where you signed in before.",
  AccessDenied:
    "Your single sign-on account cannot use Kintsugi (it may be deactivated, or its email is not verified).",
  OAuthSignin: "Single sign-on could not start. Try again, or ask an admin to check the SSO settings.",
  OAuthCallback: "Single sign-on did not complete. Try again.",
  // next-auth reports a provider error on the callback (e.g. the user cancelled) as "Callback".
  Callback: "Single sign-on was cancelled or did not complete. Try again.",
  SessionRequired: "Please sign in to continue.",
};

const messageFor = (code: string | undefined) =>
  !code ? "" : Object.hasOwn(errorMessages, code) ? errorMessages[code]! : "Sign-in failed. Try again.";

export function SignInForm({
  callbackUrl,
  initialError,
  oidc,
}: {
  callbackUrl: string;
  initialError?: string | undefined;
  oidc?: { name: string } | undefined;
}) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState(messageFor(initialError));
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [pending, startTransition] = useTransition();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  function showFieldErrors(errors: SignInFieldErrors) {
    setFieldErrors(errors);
    setError("");
    (errors.email ? emailInput : passwordInput).current?.focus();
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError("");
    const missing = checkSignInFields({ email, password });
    if (missing.email || missing.password) return showFieldErrors(missing);
    setFieldErrors({});
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (result && !result.error) {
        window.location.assign(result.url ?? callbackUrl);
        return;
      }
      // The server checks the fields too, and says which ones it refused.
      const refused = fieldsFromErrorCode(result?.error);
      if (refused) {
        const local = checkSignInFields({ email, password });
        return showFieldErrors({
          ...(refused.includes("email") && { email: local.email ?? SIGN_IN_MESSAGES.emailInvalid }),
          ...(refused.includes("password") && {
            password: local.password ?? SIGN_IN_MESSAGES.passwordMissing,
          }),
        });
      }
      setError(messageFor(result?.error ?? "failed"));
      setPassword("");
    });
  }

  const emailErrors = fieldErrors.email ? [fieldErrors.email] : undefined;
  const passwordErrors = fieldErrors.password ? [fieldErrors.password] : undefined;
  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <FormMessage error={error} />
        <Field id="email" label="Email" errors={emailErrors}>
          <input
            {...fieldProps("email", emailErrors)}
            ref={emailInput}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field id="password" label="Password" errors={passwordErrors}>
          <input
            {...fieldProps("password", passwordErrors)}
            ref={passwordInput}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={inputClass}
          />
        </Field>
        <button
          type="submit"
          className={`${buttonClass.primary} w-full`}
          disabled={pending}
          aria-disabled={pending}
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oidc ? (
        <>
          <div className="flex items-center gap-3 text-xs text-stone-500">
            <span className="h-px flex-1 bg-stone-200" />
            or
            <span className="h-px flex-1 bg-stone-200" />
          </div>
          <button
            type="button"
            className={`${buttonClass.secondary} w-full`}
            onClick={() => void signIn("oidc", { callbackUrl })}
          >
            Continue with {oidc.name}
          </button>
        </>
      ) : null}
    </div>
  );
}
