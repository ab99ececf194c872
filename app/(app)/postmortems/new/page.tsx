import type { Metadata } from "next";
import Link from "next/link";
import { CreatePostmortemForm } from "@/components/postmortems/create-postmortem-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { defaultSeverity, severityOptions } from "@/lib/severity";
import { builtInTemplates } from "@/lib/templates";
import { requireActor } from "@/server/auth/session";
import { canWrite } from "@/server/policy";
import { createPostmortemAction } from "@/server/postmortems/actions";
import { getCurrentTeam } from "@/server/teams/current";
import { getSeverityScale } from "@/server/settings/severity";
import { listTeamTemplates } from "@/server/templates/queries";

export const metadata: Metadata = { title: "New postmortem · Kintsugi" };

export default async function NewPostmortemPage() {
  const actor = await requireActor();
  const team = await getCurrentTeam(actor);
  if (!team || !canWrite(team.role)) {
    return (
      <EmptyState
        level={1}
        title="You cannot create postmortems in this team"
        action={
          <Link href="/postmortems" className={buttonClass.secondary}>
            Back to postmortems
          </Link>
        }
      >
        Your role is viewer. Ask a team manager for the writer role.
      </EmptyState>
    );
  }
  const [teamTemplates, scale] = await Promise.all([
    listTeamTemplates(actor, team.teamId),
    getSeverityScale(),
  ]);
  const defaultTemplate = teamTemplates.templates.find((t) => t.isDefault);
  return (
    <>
      <PageHeader
        title="New postmortem"
        description={`For ${team.teamName}. You can change everything later.`}
      />
      <CreatePostmortemForm
        action={createPostmortemAction.bind(null, team.teamId)}
        severities={severityOptions(scale)}
        defaultSeverity={defaultSeverity(scale)}
        templates={[
          ...teamTemplates.templates.map((t) => ({
            value: `team:${t.id}`,
            label: t.name,
            description: t.description || `A ${team.teamName} template.`,
            sectionTitles: t.sections.map((s) => s.title),
          })),
          ...builtInTemplates.map((t) => ({
            value: t.key,
            label: t.name,
            description: t.description,
            sectionTitles: t.sections.map((s) => s.title),
          })),
        ]}
        defaultTemplate={defaultTemplate ? `team:${defaultTemplate.id}` : "amazon-coe"}
        timeZones={Intl.supportedValuesOf("timeZone")}
      />
    </>
  );
}
