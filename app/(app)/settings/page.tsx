import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SessionsSection } from "@/components/auth/sessions-section";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { changePasswordAction, revokeSessionAction, signOutEverywhereAction } from "@/server/auth/actions";
import { requireActor } from "@/server/auth/session";
import { listSessions } from "@/server/auth/sessions";
import { getCurrentTeam } from "@/server/teams/current";

export const metadata: Metadata = { title: "Settings · Kintsugi" };

const roleNames: Record<string, string> = {
  VIEWER: "Viewer",
  WRITER: "Writer",
  REVIEWER: "Reviewer",
  MANAGER: "Manager",
  ADMIN: "Admin",
};

export default async function SettingsPage() {
  const actor = await requireActor();
  const [team, sessions] = await Promise.all([getCurrentTeam(actor), listSessions(actor)]);
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${actor.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 className="mb-3 text-lg font-semibold">Your teams</h2>
          {actor.memberships.length === 0 ? (
            <p className="text-sm text-stone-600">
              You are not in a team yet. Ask a team manager for an invite link.
            </p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {actor.memberships.map((m) => (
                <li key={m.teamId} className="flex items-center justify-between py-2">
                  <span>
                    {m.teamName} <span className="text-stone-500">· {roleNames[m.role]}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {team ? (
            <div className="mt-4 flex flex-wrap gap-2">
              <Link href="/settings/team" className={buttonClass.secondary}>
                {team.teamName}: members and roles
              </Link>
              <Link href="/settings/templates" className={buttonClass.secondary}>
                {team.teamName}: templates
              </Link>
            </div>
          ) : null}
        </section>
        <section className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 className="mb-1 text-lg font-semibold">Change password</h2>
          <p className="mb-4 text-sm text-stone-600">This signs you out everywhere, including here.</p>
          <ChangePasswordForm action={changePasswordAction} />
        </section>
        <SessionsSection
          sessions={sessions}
          revoke={revokeSessionAction}
          signOutEverywhere={signOutEverywhereAction}
        />
      </div>
    </>
  );
}
