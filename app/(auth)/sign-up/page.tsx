import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { signUpAction } from "@/server/auth/actions";
import { isFirstUser, isSignUpOpen } from "@/server/users/queries";

export const metadata: Metadata = { title: "Create an account · Kintsugi" };

export default async function SignUpPage() {
  const [open, first] = await Promise.all([isSignUpOpen(), isFirstUser()]);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create an account</h1>
      {first ? (
        <p className="mb-6 text-sm text-stone-600">
          You are the first person here: your account will be the site admin.
        </p>
      ) : null}
      {open ? (
        <SignUpForm action={signUpAction} minPasswordLength={PASSWORD_MIN_LENGTH} />
      ) : (
        <p className="text-sm text-stone-700">
          Sign-up is by invitation. Ask a team manager for an invite link.
        </p>
      )}
      <p className="mt-6 text-center text-sm text-stone-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
