"use client";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Field, FormMessage } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/styles";

const errorMessages: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  TooManyAttempts: "Too many failed sign-in attempts. Wait 15 minutes, then try again.",
  AccessDenied:
    "Your single sign-on account cannot use Kintsugi (it may be deactivated, or its email is not verified).",
  OAuthSignin: "Single sign-on could not start. Try again, or ask an admin to check the SSO settings.",
  OAuthCallback: "Single sign-on did not complete. Try again.",
  // next-auth reports a provider error on the callback (e.g. the user cancelled) as "Callback".
  Callback: "Single sign-on was cancelled or did not complete. Try again.",
  SessionRequired: "Please sign in to continue.",
};

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
  const [error, setError] = useState(
    initialError ? (errorMessages[initialError] ?? "Sign-in failed. Try again.") : "",
  );
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError("");
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (!result || result.error) {
        setError(errorMessages[result?.error ?? ""] ?? "Sign-in failed. Try again.");
        setPassword("");
        return;
      }
      window.location.assign(result.url ?? callbackUrl);
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <FormMessage error={error} />
        <Field id="email" label="Email">
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field id="password" label="Password">
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={inputClass}
          />
        </Field>
        <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
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
