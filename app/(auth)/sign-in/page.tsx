import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env, publicUrl } from "@/lib/env";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { isSignUpOpen } from "@/server/users/queries";

export const metadata: Metadata = { title: "Sign in · Kintsugi" };

const notices: Record<string, string> = {
  "password-changed": "Password changed. Sign in again with the new one.",
  "signed-out-everywhere": "You are signed out on every device, this one included.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const signUpOpen = await isSignUpOpen();
  const error = typeof params.error === "string" ? params.error : undefined;
  const message = typeof params.message === "string" ? params.message : "";
  const notice = Object.hasOwn(notices, message) ? notices[message] : undefined;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-stone-600">Blameless postmortems for your team.</p>
      {notice ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
        >
          {notice}
        </p>
      ) : null}
      <SignInForm
        // Only same-site paths: never an open redirect.
        callbackUrl={safeCallbackPath(params.callbackUrl, publicUrl, "/postmortems")}
        initialError={error}
        oidc={env.oidcEnabled ? { name: env.OIDC_NAME } : undefined}
      />
      {signUpOpen ? (
        <p className="mt-6 text-center text-sm text-stone-600">
          New here?{" "}
          <Link href="/sign-up" className="font-medium text-brand-700 hover:underline">
            Create an account
          </Link>
        </p>
      ) : (
        <p className="mt-6 text-center text-xs text-stone-500">
          Accounts are by invitation: ask a team manager for an invite link.
        </p>
      )}
    </>
  );
}
