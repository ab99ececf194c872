import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { actorInputSchema, type ActorFormInput } from "@/lib/schemas/actors";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { ActorConflictError, createActor, deleteActor, updateActor } from "@/server/actors/mutations";
import { listActors, listBlastRadiusEvents, listLinkableUsers } from "@/server/actors/queries";
import { createPostmortem } from "@/server/postmortems/mutations";
import { makeTeamWithRoles, makeUser } from "./factories";

const pmInput = createPostmortemSchema.parse({
  title: "Agent recreated the production environment",
  severity: "SEV1",
  timeZone: "UTC",
  startedAt: "2026-11-20T14:05",
  template: "amazon-coe",
});

const agentInput = (over: Partial<ActorFormInput> = {}) =>
  actorInputSchema.parse({
    kind: "AI_AGENT",
    name: "Coding agent",
    role: "Repository assistant",
    model: "gpt-x",
    modelVersion: "2026-10",
    task: "Fix the flaky deploy test",
    autonomy: "ACTS_ALONE",
    inheritedFrom: "release operator",
    permissionsGranted: ["repo:write"],
    permissionsInherited: ["cloudformation:DeleteStack", "Repo:Write"],
    permissionsNeeded: ["repo:write"],
    permissionsUsed: ["cloudformation:DeleteStack"],
    ...over,
  });

async function setup() {
  const alpha = await makeTeamWithRoles();
  const beta = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  return { alpha, beta, pm };
}

async function addEvent(postmortemId: string, actorId: string | null, over: Record<string, unknown> = {}) {
  return db.timelineEvent.create({
    data: {
      postmortemId,
      actorId,
      occurredAt: new Date("2026-11-20T14:10:00Z"),
      type: "ACTION",
      description: "Deleted the stack",
      ...over,
    },
    select: { id: true },
  });
}

describe("actors", () => {
  it("creates an AI agent with its ledger, audited, and lists it with its event count", async () => {
    const { alpha, pm } = await setup();
    const created = await createActor(alpha.WRITER, pm.id, agentInput());
    expect(created).toMatchObject({
      kind: "AI_AGENT",
      model: "gpt-x",
      autonomy: "ACTS_ALONE",
      permissionsInherited: ["cloudformation:DeleteStack", "Repo:Write"],
      version: 1,
    });
    await addEvent(pm.id, created.id);
    await addEvent(pm.id, created.id);
    await addEvent(pm.id, created.id, { deletedAt: new Date() });
    await addEvent(pm.id, null);
    const list = await listActors(alpha.VIEWER, pm.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: created.id, eventCount: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(audit).toMatchObject({
      action: "actor.created",
      actorUserId: alpha.WRITER.userId,
      postmortemId: pm.id,
    });
    expect(await listBlastRadiusEvents(alpha.VIEWER, pm.id)).toHaveLength(3);
  });

  it("updates with the version it was based on and refuses a stale one with the current record", async () => {
    const { alpha, pm } = await setup();
    const a = await createActor(alpha.WRITER, pm.id, agentInput());
    const saved = await updateActor(alpha.REVIEWER, pm.id, a.id, 1, agentInput({ model: "gpt-y" }));
    expect(saved).toMatchObject({ model: "gpt-y", version: 2 });
    const error = await updateActor(alpha.WRITER, pm.id, a.id, 1, agentInput({ model: "mine" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ActorConflictError);
    expect((error as ActorConflictError).current).toMatchObject({ model: "gpt-y", version: 2 });
    expect((await db.actor.findUniqueOrThrow({ where: { id: a.id } })).model).toBe("gpt-y");
  });

  it("links a person only to a user of the postmortem's team", async () => {
    const { alpha, beta, pm } = await setup();
    const person = (userId: string) =>
      actorInputSchema.parse({ kind: "PERSON", role: "On-call engineer", userId });
    const linked = await createActor(alpha.WRITER, pm.id, person(alpha.VIEWER.userId));
    expect(linked.userId).toBe(alpha.VIEWER.userId);
    await expect(createActor(alpha.WRITER, pm.id, person(beta.WRITER.userId))).rejects.toMatchObject({
      name: "RuleError",
      field: "userId",
    });
    const outsider = await makeUser();
    await expect(updateActor(alpha.WRITER, pm.id, linked.id, 1, person(outsider.id))).rejects.toBeInstanceOf(
      RuleError,
    );
    // A linked user's name is shown to the owning team only.
    const users = await listLinkableUsers(alpha.WRITER, pm.id);
    expect(users.map((u) => u.id)).toContain(alpha.VIEWER.userId);
    expect(users.map((u) => u.id)).not.toContain(beta.WRITER.userId);
  });

  it("deletes an actor, keeping its events without an actor, and says how many", async () => {
    const { alpha, pm } = await setup();
    const a = await createActor(alpha.WRITER, pm.id, agentInput());
    const e = await addEvent(pm.id, a.id);
    await expect(deleteActor(alpha.WRITER, pm.id, a.id, 5)).rejects.toBeInstanceOf(ActorConflictError);
    expect(await deleteActor(alpha.WRITER, pm.id, a.id, 1)).toEqual({ events: 1 });
    expect(await db.actor.count({ where: { id: a.id } })).toBe(0);
    expect(await db.timelineEvent.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      actorId: null,
    });
    expect(await db.auditEvent.count({ where: { entityId: a.id, action: "actor.deleted" } })).toBe(1);
  });

  it("lets viewers read but not write", async () => {
    const { alpha, pm } = await setup();
    const a = await createActor(alpha.WRITER, pm.id, agentInput());
    await expect(createActor(alpha.VIEWER, pm.id, agentInput())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateActor(alpha.VIEWER, pm.id, a.id, 1, agentInput())).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteActor(alpha.VIEWER, pm.id, a.id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listActors(alpha.VIEWER, pm.id)).toHaveLength(1);
  });

  it("hides everything from another team: reads and every write are not found", async () => {
    const { alpha, beta, pm } = await setup();
    const a = await createActor(alpha.WRITER, pm.id, agentInput());
    await expect(listActors(beta.WRITER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listLinkableUsers(beta.WRITER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listBlastRadiusEvents(beta.WRITER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createActor(beta.WRITER, pm.id, agentInput())).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateActor(beta.WRITER, pm.id, a.id, 1, agentInput())).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(deleteActor(beta.ADMIN, pm.id, a.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.actor.count()).toBe(1);
  });

  it("does not reach an actor of another postmortem through this one", async () => {
    const { alpha, pm } = await setup();
    const other = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
    const theirs = await createActor(alpha.WRITER, other.id, agentInput());
    await expect(updateActor(alpha.WRITER, pm.id, theirs.id, 1, agentInput())).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(deleteActor(alpha.WRITER, pm.id, theirs.id, 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses changes to a published postmortem", async () => {
    const { alpha, pm } = await setup();
    const a = await createActor(alpha.WRITER, pm.id, agentInput());
    await db.postmortem.update({ where: { id: pm.id }, data: { status: "PUBLISHED" } });
    await expect(createActor(alpha.WRITER, pm.id, agentInput())).rejects.toBeInstanceOf(RuleError);
    await expect(updateActor(alpha.WRITER, pm.id, a.id, 1, agentInput())).rejects.toBeInstanceOf(RuleError);
    await expect(deleteActor(alpha.WRITER, pm.id, a.id, 1)).rejects.toBeInstanceOf(RuleError);
  });

  it("shows a shared postmortem's actors to the other team without linked user names", async () => {
    const { alpha, beta, pm } = await setup();
    await createActor(
      alpha.WRITER,
      pm.id,
      actorInputSchema.parse({ kind: "PERSON", role: "On-call engineer", userId: alpha.VIEWER.userId }),
    );
    await db.postmortem.update({ where: { id: pm.id }, data: { visibility: "ORGANIZATION" } });
    const [seen] = await listActors(beta.VIEWER, pm.id);
    expect(seen).toMatchObject({ name: "On-call engineer", userId: null, userName: null });
    expect(await listLinkableUsers(beta.VIEWER, pm.id)).toEqual([]);
  });
});
