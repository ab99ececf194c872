import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { AcceptInviteButton } from "@/components/teams/accept-invite-button";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { signUpAction } from "@/server/auth/actions";
import { getActor } from "@/server/auth/session";
import { acceptInviteAction } from "@/server/teams/actions";
import { findOpenInvite } from "@/server/teams/mutations";
import { accountExists } from "@/server/users/queries";

export const metadata: Metadata = { title: "Invitation · Kintsugi" };

const roleNames: Record<string, string> = {
  VIEWER: "viewer",
  WRITER: "writer",
  REVIEWER: "reviewer",
  MANAGER: "manager",
  ADMIN: "admin",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, actor] = await Promise.all([findOpenInvite(token), getActor()]);
  if (!invite) {
    return (
      <>
        <h1 className="mb-2 text-xl font-semibold">This invite link is not valid</h1>
        <p className="text-sm text-stone-600">
          It may have expired, been used already, or been revoked. Ask the team manager for a new link.
        </p>
      </>
    );
  }
  const heading = (
    <h1 className="mb-1 text-xl font-semibold">
      Join {invite.team.name} as {roleNames[invite.role]}
    </h1>
  );
  if (actor) {
    return (
      <>
        {heading}
        {actor.email === invite.email ? (
          <>
            <p className="mb-6 text-sm text-stone-600">You are signed in as {actor.email}.</p>
            <AcceptInviteButton action={acceptInviteAction.bind(null, token)} />
          </>
        ) : (
          <p className="text-sm text-stone-700">
            This invite is for <strong>{invite.email}</strong>, but you are signed in as {actor.email}. Sign
            out, then open this link again.
          </p>
        )}
      </>
    );
  }
  const hasAccount = await accountExists(invite.email);
  const callbackUrl = `/invite/${encodeURIComponent(token)}`;
  return (
    <>
      {heading}
      {hasAccount ? (
        <p className="mt-4 text-sm text-stone-700">
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            className="font-medium text-brand-700 hover:underline"
          >
            Sign in as {invite.email}
          </Link>{" "}
          to accept.
        </p>
      ) : (
        <>
          <p className="mb-6 text-sm text-stone-600">Create your account to join.</p>
          <SignUpForm
            action={signUpAction}
            invite={token}
            fixedEmail={invite.email}
            minPasswordLength={PASSWORD_MIN_LENGTH}
          />
        </>
      )}
    </>
  );
}
