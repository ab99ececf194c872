import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { builtInTemplates } from "@/lib/templates";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem, listTeamPostmortems, PAGE_SIZE } from "@/server/postmortems/queries";
import { actorFor, addMember, makeTeamWithRoles, makeUser } from "./factories";

const input = (overrides: Record<string, string> = {}) =>
  createPostmortemSchema.parse({
    title: "Checkout errors after a config rollout",
    severity: "SEV2",
    timeZone: "Europe/Berlin",
    startedAt: "2026-11-20T14:05",
    template: "amazon-coe",
    ...overrides,
  });

describe("creating postmortems", () => {
  it.each(builtInTemplates.map((t) => t.key))(
    "creates a draft from the %s template with its sections",
    async (key) => {
      const { team, WRITER } = await makeTeamWithRoles();
      const created = await createPostmortem(WRITER, team.id, input({ template: key }));
      const pm = await getPostmortem(WRITER, created.id);
      const template = builtInTemplates.find((t) => t.key === key)!;
      expect(pm.status).toBe("DRAFT");
      expect(pm.owner.id).toBe(WRITER.userId);
      expect(pm.sections.map((s) => s.key)).toEqual(template.sections.map((s) => s.key));
      expect(pm.sections[0]!.guidingQuestions).toEqual(template.sections[0]!.guidingQuestions);
      expect(pm.startedAt?.toISOString()).toBe("2026-11-20T13:05:00.000Z");
      expect(pm.incidentTimeZone).toBe("Europe/Berlin");
    },
  );

  it("numbers postmortems per team and records a revision and an audit event", async () => {
    const { team, WRITER } = await makeTeamWithRoles();
    const a = await createPostmortem(WRITER, team.id, input());
    const b = await createPostmortem(WRITER, team.id, input({ title: "Second incident" }));
    expect([a.number, b.number]).toEqual([1, 2]);
    expect(await db.revision.count({ where: { postmortemId: b.id, reason: "CREATED" } })).toBe(1);
    const audit = await db.auditEvent.findFirst({ where: { entityId: b.id, action: "postmortem.created" } });
    expect(audit?.actorUserId).toBe(WRITER.userId);
    expect(audit?.teamId).toBe(team.id);
  });

  it("refuses viewers, and hides the team from non-members", async () => {
    const { team, VIEWER } = await makeTeamWithRoles();
    await expect(createPostmortem(VIEWER, team.id, input())).rejects.toBeInstanceOf(ForbiddenError);
    const outsider = await actorFor((await makeUser()).id);
    await expect(createPostmortem(outsider, team.id, input())).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.postmortem.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("refuses another team's template", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const template = await db.template.create({
      data: { teamId: beta.team.id, name: "Beta's", sections: [], createdById: beta.MANAGER.userId },
    });
    await expect(
      createPostmortem(alpha.WRITER, alpha.team.id, input({ template: `team:${template.id}` })),
    ).rejects.toBeInstanceOf(RuleError);
  });
});

describe("reading postmortems across teams", () => {
  it("gives another team's member not-found, in the list and by id", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, input());
    await expect(getPostmortem(beta.ADMIN, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTeamPostmortems(beta.ADMIN, alpha.team.id, {})).rejects.toBeInstanceOf(NotFoundError);
    const betaList = await listTeamPostmortems(beta.ADMIN, beta.team.id, {});
    expect(betaList.items.map((p) => p.id)).not.toContain(pm.id);
    // A site admin who is not a member does not see team content either.
    const siteAdmin = await actorFor((await makeUser({ isAdmin: true })).id);
    await expect(getPostmortem(siteAdmin, pm.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a postmortem to another team only when shared on purpose", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, input());
    await db.postmortemShare.create({ data: { postmortemId: pm.id, teamId: beta.team.id } });
    const shared = await getPostmortem(beta.VIEWER, pm.id);
    expect(shared.viewer.canEdit).toBe(false);
    const stranger = await actorFor((await makeUser()).id);
    await expect(getPostmortem(stranger, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await db.postmortem.update({ where: { id: pm.id }, data: { visibility: "ORGANIZATION" } });
    expect((await getPostmortem(stranger, pm.id)).id).toBe(pm.id);
  });

  it("lets viewers read but not edit, writers edit", async () => {
    const { team, VIEWER, WRITER } = await makeTeamWithRoles();
    const pm = await createPostmortem(WRITER, team.id, input());
    expect((await getPostmortem(VIEWER, pm.id)).viewer.canEdit).toBe(false);
    expect((await getPostmortem(WRITER, pm.id)).viewer.canEdit).toBe(true);
  });

  it("paginates newest first and filters by status", async () => {
    const { team, WRITER } = await makeTeamWithRoles();
    const rows = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({
      teamId: team.id,
      number: i + 1,
      title: `Incident ${i + 1}`,
      severity: "SEV3" as const,
      status: i % 5 === 0 ? ("PUBLISHED" as const) : ("DRAFT" as const),
      ownerId: WRITER.userId,
      createdById: WRITER.userId,
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    }));
    await db.postmortem.createMany({ data: rows });
    const first = await listTeamPostmortems(WRITER, team.id, {});
    const second = await listTeamPostmortems(WRITER, team.id, { cursor: first.links.next! });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(5);
    expect(first.total).toEqual({ count: PAGE_SIZE + 5, capped: false });
    expect(first.links).toMatchObject({ first: false, previous: null, last: true });
    expect(second.links).toMatchObject({ first: true, next: null, last: false });
    expect(first.items[0]!.title).toBe(`Incident ${PAGE_SIZE + 5}`);
    const published = await listTeamPostmortems(WRITER, team.id, { status: "PUBLISHED" });
    expect(published.total).toEqual({ count: 5, capped: false });
    expect(published.items.every((p) => p.status === "PUBLISHED")).toBe(true);
  });

  it("an actor added to a second team sees both teams' lists", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    await addMember(beta.team.id, alpha.WRITER.userId, "VIEWER");
    const actor = await actorFor(alpha.WRITER.userId);
    await expect(listTeamPostmortems(actor, beta.team.id, {})).resolves.toMatchObject({
      total: { count: 0, capped: false },
    });
  });
});
