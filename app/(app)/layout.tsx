import { AppShell } from "@/components/shell/app-shell";
import { requireActor } from "@/server/auth/session";
import { canManageTeam } from "@/server/policy";
import { getCurrentTeam } from "@/server/teams/current";
import { switchTeamAction } from "@/server/teams/actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const current = await getCurrentTeam(actor);
  return (
    <AppShell
      user={{
        name: actor.name,
        email: actor.email,
        isAdmin: actor.isAdmin,
        canAudit: actor.isAdmin || actor.memberships.some((m) => canManageTeam(m.role)),
      }}
      teams={actor.memberships.map((m) => ({ slug: m.slug, name: m.teamName }))}
      currentTeamSlug={current?.slug ?? null}
      switchTeam={switchTeamAction}
    >
      {children}
    </AppShell>
  );
}
