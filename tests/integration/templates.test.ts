import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createPostmortemSchema, templateChoiceSchema } from "@/lib/schemas/postmortems";
import { templateInputSchema } from "@/lib/schemas/templates";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem } from "@/server/postmortems/queries";
import { archiveTemplate, createTemplate, updateTemplate } from "@/server/templates/mutations";
import { getTeamTemplate, listTeamTemplates } from "@/server/templates/queries";
import { makeTeamWithRoles } from "./factories";

const input = (name: string, isDefault = false, version?: number) =>
  templateInputSchema.parse({
    name,
    description: "For security incidents",
    ...(isDefault && { isDefault: "on" }),
    ...(version !== undefined && { version: String(version) }),
    sections: JSON.stringify([
      { title: "What happened", helpText: "In plain words.", guidingQuestions: "Who noticed first?\n\nHow?" },
      { title: "Data exposure", helpText: "", guidingQuestions: "" },
    ]),
  });

describe("team templates", () => {
  it("lets a manager create one that writers then start postmortems from", async () => {
    const alpha = await makeTeamWithRoles();
    const template = await createTemplate(alpha.MANAGER, alpha.team.id, input("Security", true));
    const listed = await listTeamTemplates(alpha.WRITER, alpha.team.id);
    expect(listed.canManage).toBe(false);
    expect(listed.templates[0]).toMatchObject({ name: "Security", isDefault: true });
    expect(listed.templates[0]!.sections[0]).toEqual({
      key: "what-happened",
      title: "What happened",
      helpText: "In plain words.",
      guidingQuestions: ["Who noticed first?", "How?"],
    });

    const choice = templateChoiceSchema.parse(`team:${template.id}`);
    const pm = await createPostmortem(
      alpha.WRITER,
      alpha.team.id,
      createPostmortemSchema.parse({
        title: "Leaked token",
        severity: "SEV2",
        timeZone: "UTC",
        startedAt: "",
        template: choice,
      }),
    );
    const page = await getPostmortem(alpha.WRITER, pm.id);
    expect(page.sections.map((s) => s.key)).toEqual(["what-happened", "data-exposure"]);
    expect(page.template?.name).toBe("Security");
  });

  it("keeps one default per team and detects concurrent edits", async () => {
    const alpha = await makeTeamWithRoles();
    const a = await createTemplate(alpha.MANAGER, alpha.team.id, input("Alpha", true));
    const b = await createTemplate(alpha.MANAGER, alpha.team.id, input("Bravo", true));
    const defaults = await db.template.findMany({ where: { teamId: alpha.team.id, isDefault: true } });
    expect(defaults.map((t) => t.id)).toEqual([b.id]);

    await updateTemplate(alpha.MANAGER, alpha.team.id, a.id, input("A renamed", false, 1));
    await expect(
      updateTemplate(alpha.ADMIN, alpha.team.id, a.id, input("A stale", false, 1)),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getTeamTemplate(alpha.MANAGER, alpha.team.id, a.id)).name).toBe("A renamed");
  });

  it("denies writers and other teams, and hides archived templates", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    await expect(createTemplate(alpha.WRITER, alpha.team.id, input("No"))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(createTemplate(beta.MANAGER, alpha.team.id, input("No"))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const t = await createTemplate(alpha.MANAGER, alpha.team.id, input("Old"));
    await expect(getTeamTemplate(beta.MANAGER, beta.team.id, t.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(archiveTemplate(beta.MANAGER, beta.team.id, t.id)).rejects.toBeInstanceOf(NotFoundError);
    await archiveTemplate(alpha.MANAGER, alpha.team.id, t.id);
    expect((await listTeamTemplates(alpha.MANAGER, alpha.team.id)).templates).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: t.id } })).toBe(2);
  });
});
