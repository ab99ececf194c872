import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TemplateSection } from "@/lib/templates";
import { roleIn, type Actor } from "@/server/auth/actor";
import { canManageTeam, canView } from "@/server/policy";

/** The team's own templates (not archived), default first. */
export async function listTeamTemplates(actor: Actor, teamId: string) {
  const role = roleIn(actor, teamId);
  if (!canView(role))
    throw new NotFoundError("Team not found", { entityType: "Team", entityId: teamId, action: "view" });
  const templates = await db.template.findMany({
    where: { teamId, archivedAt: null },
    select: {
      id: true,
      name: true,
      description: true,
      isDefault: true,
      sections: true,
      version: true,
      updatedAt: true,
    },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
  });
  return {
    canManage: canManageTeam(role),
    templates: templates.map((t) => ({ ...t, sections: t.sections as TemplateSection[] })),
  };
}

export async function getTeamTemplate(actor: Actor, teamId: string, templateId: string) {
  if (!canManageTeam(roleIn(actor, teamId)))
    throw new NotFoundError("Template not found", {
      entityType: "Template",
      entityId: templateId,
      action: "manage templates",
    });
  const template = await db.template.findFirst({
    where: { id: templateId, teamId, archivedAt: null },
    select: { id: true, name: true, description: true, isDefault: true, sections: true, version: true },
  });
  if (!template) throw new NotFoundError("Template not found");
  return { ...template, sections: template.sections as TemplateSection[] };
}
