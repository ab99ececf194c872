import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { CreatePostmortemInput } from "@/lib/schemas/postmortems";
import { isInScale, severityRange } from "@/lib/severity";
import { getBuiltInTemplate, templateSectionRows, type TemplateSection } from "@/lib/templates";
import { roleIn, type Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { idempotentTransaction } from "@/server/idempotency";
import { canWrite } from "@/server/policy";
import { readSeverityScale } from "@/server/settings/severity";

async function resolveTemplateSections(
  teamId: string,
  choice: string,
): Promise<{ sections: TemplateSection[]; templateKey: string | null; templateId: string | null }> {
  if (choice.startsWith("team:")) {
    const template = await db.template.findFirst({
      where: { id: choice.slice(5), teamId, archivedAt: null },
      select: { id: true, sections: true },
    });
    if (!template) throw new RuleError("That template no longer exists.", "template");
    return { sections: template.sections as TemplateSection[], templateKey: null, templateId: template.id };
  }
  const builtIn = getBuiltInTemplate(choice);
  if (!builtIn) throw new RuleError("Choose a template.", "template");
  return { sections: builtIn.sections, templateKey: builtIn.key, templateId: null };
}

/**
 * Creates a draft postmortem from a template; the actor owns it. With an
 * idempotency key, a retry of the same attempt returns the first postmortem.
 */
export async function createPostmortem(
  actor: Actor,
  teamId: string,
  input: CreatePostmortemInput,
  idempotencyKey?: string | null,
) {
  const role = roleIn(actor, teamId);
  if (!role)
    throw new NotFoundError("Team not found", {
      entityType: "Team",
      entityId: teamId,
      action: "create postmortem",
    });
  if (!canWrite(role))
    throw new ForbiddenError("Viewers cannot create postmortems. Ask a team manager for the writer role.", {
      entityType: "Team",
      entityId: teamId,
      action: "create postmortem",
    });
  const scale = await readSeverityScale();
  if (!isInScale(scale, input.severity))
    throw new RuleError(
      `Choose a severity on this organisation's scale (${severityRange(scale)}).`,
      "severity",
    );
  const { sections, templateKey, templateId } = await resolveTemplateSections(teamId, input.template);

  const request = { key: idempotencyKey, action: `postmortem.create:${teamId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    // Reserve the next per-team number (row lock on the team).
    const team = await tx.team.update({
      where: { id: teamId },
      data: { nextPostmortemNumber: { increment: 1 } },
      select: { nextPostmortemNumber: true },
    });
    const postmortem = await tx.postmortem.create({
      data: {
        teamId,
        number: team.nextPostmortemNumber - 1,
        title: input.title,
        severity: input.severity,
        incidentTimeZone: input.timeZone,
        startedAt: input.startedAt,
        templateKey,
        templateId,
        ownerId: actor.userId,
        createdById: actor.userId,
        sections: {
          create: templateSectionRows(sections).map((row) => ({ ...row, updatedById: actor.userId })),
        },
      },
      select: { id: true, number: true, title: true, severity: true, status: true, templateKey: true },
    });
    await tx.revision.create({
      data: {
        postmortemId: postmortem.id,
        number: 1,
        authorId: actor.userId,
        reason: "CREATED",
        snapshot: {
          title: input.title,
          severity: input.severity,
          summary: "",
          sections: sections.map((s) => ({ key: s.key, title: s.title, body: "" })),
        },
      },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      postmortemId: postmortem.id,
      entityType: "Postmortem",
      entityId: postmortem.id,
      action: "postmortem.created",
      after: { ...postmortem, startedAt: input.startedAt, timeZone: input.timeZone },
    });
    return postmortem;
  });
}
