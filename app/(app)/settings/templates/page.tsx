import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveTemplateButton } from "@/components/templates/archive-template-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { builtInTemplates } from "@/lib/templates";
import { requireActor } from "@/server/auth/session";
import { getCurrentTeam } from "@/server/teams/current";
import { archiveTemplateAction } from "@/server/templates/actions";
import { listTeamTemplates } from "@/server/templates/queries";

export const metadata: Metadata = { title: "Templates · Kintsugi" };

export default async function TemplatesPage() {
  const actor = await requireActor();
  const team = await getCurrentTeam(actor);
  if (!team)
    return (
      <EmptyState level={1} title="You are not in a team yet">
        Templates belong to teams.
      </EmptyState>
    );
  const { templates, canManage } = await listTeamTemplates(actor, team.teamId);
  return (
    <>
      <PageHeader
        title={`${team.teamName}: templates`}
        description="Team templates appear beside the built-in ones when someone starts a postmortem."
        actions={
          canManage ? (
            <Link href="/settings/templates/new" className={buttonClass.primary}>
              New template
            </Link>
          ) : null
        }
      />
      {templates.length === 0 ? (
        <EmptyState title="No team templates yet">
          {canManage
            ? "Make one for the incidents your team sees most, with the questions you want every writer to answer."
            : "Managers of this team can add templates."}
        </EmptyState>
      ) : (
        <ul
          className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
          aria-label="Team templates"
        >
          {templates.map((t) => (
            <li key={t.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {t.name}
                  {t.isDefault ? (
                    <span className="ml-2 text-xs font-semibold text-brand-700">default</span>
                  ) : null}
                </p>
                <p className="text-xs text-stone-500">
                  {t.sections.length} sections: {t.sections.map((s) => s.title).join(", ")}
                </p>
              </div>
              {canManage ? (
                <div className="flex gap-2">
                  <Link href={`/settings/templates/${t.id}`} className={buttonClass.secondary}>
                    Edit
                  </Link>
                  <ArchiveTemplateButton
                    name={t.name}
                    archive={archiveTemplateAction.bind(null, team.teamId, t.id)}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm text-stone-600">
        Built in: {builtInTemplates.map((t) => t.name).join(", ")}.
      </p>
    </>
  );
}
