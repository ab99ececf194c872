import Link from "next/link";
import type { ActionResult } from "@/lib/action-result";
import { NavLinks } from "./nav-links";
import { TeamSwitcher } from "./team-switcher";
import { UserMenu } from "./user-menu";

export function AppShell({
  user,
  teams,
  currentTeamSlug,
  switchTeam,
  children,
}: {
  /** canAudit: site admins, and managers or admins of a team (the audit log page). */
  user: { name: string; email: string; isAdmin: boolean; canAudit?: boolean };
  teams: { slug: string; name: string }[];
  currentTeamSlug: string | null;
  switchTeam: (formData: FormData) => Promise<ActionResult>;
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/postmortems" className="flex items-center gap-2 font-semibold">
            <span
              aria-hidden
              className="inline-block size-5 rounded-full border-2 border-brand-500 bg-brand-100"
            />
            Kintsugi
          </Link>
          <div className="order-3 w-full sm:order-none sm:w-auto">
            <NavLinks isAdmin={user.isAdmin} canAudit={user.canAudit ?? false} />
          </div>
          <div className="ml-auto flex items-center gap-3">
            {teams.length > 0 ? (
              <TeamSwitcher teams={teams} current={currentTeamSlug} action={switchTeam} />
            ) : null}
            <UserMenu name={user.name} email={user.email} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
