import type { Metadata } from "next";
import { CreateTeamForm } from "@/components/admin/create-team-form";
import { SeverityScaleForm } from "@/components/admin/severity-scale-form";
import { UserActiveToggle } from "@/components/admin/user-active-toggle";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/server/auth/session";
import { refusePage } from "@/server/denials";
import { saveSeverityScaleAction } from "@/server/settings/actions";
import { countPostmortemsBySeverity, getSeverityScale } from "@/server/settings/severity";
import { createTeamAction } from "@/server/teams/actions";
import { listAllTeams } from "@/server/teams/queries";
import { setUserActiveAction } from "@/server/users/actions";
import { listUsers } from "@/server/users/queries";

export const metadata: Metadata = { title: "Admin · Kintsugi" };

export default async function AdminPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) return refusePage({ entityType: "Site", action: "administer" });
  const [teams, users, scale, severityCounts] = await Promise.all([
    listAllTeams(actor),
    listUsers(actor),
    getSeverityScale(),
    countPostmortemsBySeverity(actor),
  ]);
  return (
    <>
      <PageHeader title="Admin" description="Teams and people on this Kintsugi instance." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section className="rounded-lg border border-stone-200 bg-white">
          <h2 className="border-b border-stone-100 px-4 py-3 text-sm font-semibold uppercase tracking-wide text-stone-600">
            Teams ({teams.length})
          </h2>
          {teams.length === 0 ? (
            <p className="px-4 py-6 text-sm text-stone-600">
              No teams yet. Create the first one, then invite its members from its settings.
            </p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {teams.map((t) => (
                <li key={t.id} className="flex justify-between gap-2 px-4 py-2">
                  <span>
                    <span className="font-medium">{t.name}</span>{" "}
                    <span className="text-stone-500">/{t.slug}</span>
                  </span>
                  <span className="text-stone-500">
                    {t._count.memberships} members · {t._count.postmortems} postmortems
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">Create a team</h2>
          <CreateTeamForm action={createTeamAction} />
        </section>
      </div>
      <section
        aria-labelledby="severity-scale"
        className="mt-6 rounded-lg border border-stone-200 bg-white p-4"
      >
        <h2 id="severity-scale" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
          Severity scale
        </h2>
        <p className="mb-4 mt-1 max-w-3xl text-sm text-stone-600">
          One scale for every team: the forms, filters, badges, exports and insights use these names.
        </p>
        <SeverityScaleForm scale={scale} postmortemCounts={severityCounts} action={saveSeverityScaleAction} />
      </section>
      <section className="relative mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <h2 className="border-b border-stone-100 px-4 py-3 text-sm font-semibold uppercase tracking-wide text-stone-600">
          People ({users.length})
        </h2>
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-stone-500">
            <tr>
              <th className="px-4 py-2 font-medium">Name</th>
              <th className="px-4 py-2 font-medium">Teams</th>
              <th className="px-4 py-2 font-medium">Last sign-in</th>
              <th className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {users.map((u) => (
              <tr key={u.id} className={u.deactivatedAt ? "text-stone-600" : undefined}>
                <td className="px-4 py-2">
                  <span className="font-medium">{u.name}</span>
                  {u.isAdmin ? <span className="ml-1 text-xs text-brand-700">site admin</span> : null}
                  <span className="block text-xs text-stone-500">{u.email}</span>
                </td>
                <td className="px-4 py-2 text-xs">
                  {u.memberships.map((m) => `${m.team.name} (${m.role.toLowerCase()})`).join(", ") || "—"}
                </td>
                <td className="px-4 py-2 text-xs">
                  {u.lastSignInAt
                    ? u.lastSignInAt.toISOString().slice(0, 16).replace("T", " ") + " UTC"
                    : "never"}
                </td>
                <td className="px-4 py-2 text-right">
                  {u.id !== actor.userId ? (
                    <UserActiveToggle
                      name={u.name}
                      active={!u.deactivatedAt}
                      toggle={setUserActiveAction.bind(null, u.id, Boolean(u.deactivatedAt))}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
