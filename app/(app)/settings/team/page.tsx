import type { Metadata } from "next";
import { InviteForm } from "@/components/teams/invite-form";
import { MemberRow } from "@/components/teams/member-row";
import { InviteRow } from "@/components/teams/invite-row";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/server/auth/session";
import { canAssignRole, teamRoles } from "@/server/policy";
import { getCurrentTeam } from "@/server/teams/current";
import {
  changeRoleAction,
  createInviteAction,
  removeMemberAction,
  revokeInviteAction,
} from "@/server/teams/actions";
import { getTeamSettings } from "@/server/teams/queries";

export const metadata: Metadata = { title: "Team settings · Kintsugi" };

export default async function TeamSettingsPage() {
  const actor = await requireActor();
  const current = await getCurrentTeam(actor);
  if (!current) {
    return (
      <EmptyState level={1} title="You are not in a team yet">
        Ask a team manager to invite you.
      </EmptyState>
    );
  }
  const team = await getTeamSettings(actor, current.teamId);
  const assignable = (currentRole?: (typeof teamRoles)[number]) =>
    teamRoles.filter((r) => canAssignRole(team.viewerRole, r, currentRole, actor.isAdmin));

  return (
    <>
      <PageHeader
        title={`${team.name}: members`}
        description={
          team.canManage
            ? "Invite people and set what they can do."
            : "Only managers can change members and roles."
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="members-heading" className="rounded-lg border border-stone-200 bg-white">
          <h2
            id="members-heading"
            className="border-b border-stone-100 px-4 py-3 text-sm font-semibold uppercase tracking-wide text-stone-600"
          >
            Members ({team.memberships.length})
          </h2>
          <ul className="divide-y divide-stone-100">
            {team.memberships.map((m) => {
              const options = assignable(m.role);
              const editable = team.canManage && m.user.id !== actor.userId && options.includes(m.role);
              return (
                <MemberRow
                  key={m.id}
                  member={{ id: m.id, name: m.user.name, email: m.user.email, role: m.role }}
                  roles={editable ? options : []}
                  changeRole={changeRoleAction.bind(null, team.id)}
                  remove={editable ? removeMemberAction.bind(null, team.id, m.id) : undefined}
                />
              );
            })}
          </ul>
        </section>
        {team.canManage ? (
          <div className="space-y-6">
            <section className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">
                Invite a member
              </h2>
              <InviteForm action={createInviteAction.bind(null, team.id)} roles={assignable()} />
            </section>
            <section className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">
                Open invites
              </h2>
              {team.invites.length === 0 ? (
                <p className="text-sm text-stone-500">No open invites.</p>
              ) : (
                <ul className="space-y-2">
                  {team.invites.map((i) => (
                    <InviteRow key={i.id} invite={i} revoke={revokeInviteAction.bind(null, team.id, i.id)} />
                  ))}
                </ul>
              )}
            </section>
          </div>
        ) : null}
      </div>
    </>
  );
}
