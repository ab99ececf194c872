import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { sectionKeys, type TemplateInput } from "@/lib/schemas/templates";
import type { TemplateSection } from "@/lib/templates";
import { roleIn, type Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { idempotentTransaction } from "@/server/idempotency";
import { canManageTeam } from "@/server/policy";

function requireManager(actor: Actor, teamId: string) {
  const role = roleIn(actor, teamId);
  if (!role)
    throw new NotFoundError("Team not found", {
      entityType: "Team",
      entityId: teamId,
      action: "manage templates",
    });
  if (!canManageTeam(role))
    throw new ForbiddenError("Only the team's managers can change its templates.", {
      entityType: "Team",
      entityId: teamId,
      action: "manage templates",
    });
}

function toSections(input: TemplateInput): TemplateSection[] {
  const keys = sectionKeys(input.sections.map((s) => s.title));
  return input.sections.map((s, i) => ({
    key: keys[i]!,
    title: s.title,
    helpText: s.helpText,
    guidingQuestions: s.guidingQuestions
      .split("\n")
      .map((q) => q.trim())
      .filter(Boolean),
  }));
}

// One default per team: setting it clears the others.
async function clearDefault(tx: DbTransaction, teamId: string, exceptId?: string) {
  await tx.template.updateMany({
    where: { teamId, isDefault: true, ...(exceptId && { id: { not: exceptId } }) },
    data: { isDefault: false },
  });
}

/** With an idempotency key, a retry of the same attempt returns the first template. */
export async function createTemplate(
  actor: Actor,
  teamId: string,
  input: TemplateInput,
  idempotencyKey?: string | null,
) {
  requireManager(actor, teamId);
  const request = { key: idempotencyKey, action: `template.create:${teamId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    if (input.isDefault) await clearDefault(tx, teamId);
    const template = await tx.template.create({
      data: {
        teamId,
        name: input.name,
        description: input.description,
        isDefault: input.isDefault,
        sections: toSections(input),
        createdById: actor.userId,
      },
      select: { id: true, name: true, isDefault: true, sections: true },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      entityType: "Template",
      entityId: template.id,
      action: "template.created",
      after: template,
    });
    return template;
  });
}

/** Updates a template if nobody else changed it since `input.version`. */
export async function updateTemplate(actor: Actor, teamId: string, templateId: string, input: TemplateInput) {
  requireManager(actor, teamId);
  return db.$transaction(async (tx) => {
    const before = await tx.template.findFirst({
      where: { id: templateId, teamId, archivedAt: null },
      select: { id: true, name: true, description: true, isDefault: true, sections: true, version: true },
    });
    if (!before) throw new NotFoundError("Template not found");
    if (input.isDefault) await clearDefault(tx, teamId, templateId);
    const { count } = await tx.template.updateMany({
      where: { id: templateId, version: input.version ?? -1 },
      data: {
        name: input.name,
        description: input.description,
        isDefault: input.isDefault,
        sections: toSections(input),
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new ConflictError(
        "Someone else saved this template meanwhile. Reload to see their version; your text is kept below.",
      );
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      entityType: "Template",
      entityId: templateId,
      action: "template.updated",
      before,
      after: { name: input.name, isDefault: input.isDefault, sections: toSections(input) },
    });
  });
}

/** Archived templates disappear from the list; postmortems made from them keep their sections. */
export async function archiveTemplate(actor: Actor, teamId: string, templateId: string) {
  requireManager(actor, teamId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.template.updateMany({
      where: { id: templateId, teamId, archivedAt: null },
      data: { archivedAt: new Date(), isDefault: false },
    });
    if (count === 0) throw new NotFoundError("Template not found");
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      entityType: "Template",
      entityId: templateId,
      action: "template.archived",
    });
  });
}
