import type { Metadata } from "next";
import { TemplateForm } from "@/components/templates/template-form";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/errors";
import { getBuiltInTemplate } from "@/lib/templates";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound, refusePage } from "@/server/denials";
import { canManageTeam } from "@/server/policy";
import { getCurrentTeam } from "@/server/teams/current";
import { createTemplateAction, updateTemplateAction } from "@/server/templates/actions";
import { getTeamTemplate } from "@/server/templates/queries";

export const metadata: Metadata = { title: "Template · Kintsugi" };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  const team = await getCurrentTeam(actor);
  if (!team || !canManageTeam(team.role))
    return refusePage({ entityType: "Team", entityId: team?.teamId, action: "manage templates" });
  const isNew = id === "new";
  const template = isNew
    ? null
    : await getTeamTemplate(actor, team.teamId, id).catch(async (error: unknown) => {
        if (error instanceof NotFoundError) await auditedNotFound(error);
        throw error;
      });
  // A new template starts from the Google SRE sections, to edit down.
  const sections = template?.sections ?? getBuiltInTemplate("google-sre")!.sections;
  return (
    <>
      <PageHeader title={isNew ? "New template" : `Edit “${template!.name}”`} description={team.teamName} />
      <TemplateForm
        action={
          template
            ? updateTemplateAction.bind(null, team.teamId, template.id)
            : createTemplateAction.bind(null, team.teamId)
        }
        initial={{
          name: template?.name ?? "",
          description: template?.description ?? "",
          isDefault: template?.isDefault ?? false,
          version: template?.version ?? 0,
          sections: sections.map((s) => ({
            title: s.title,
            helpText: s.helpText,
            guidingQuestions: s.guidingQuestions.join("\n"),
          })),
        }}
      />
    </>
  );
}
