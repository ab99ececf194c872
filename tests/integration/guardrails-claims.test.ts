import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { actorInputSchema } from "@/lib/schemas/actors";
import { claimInputSchema, type ClaimFormInput } from "@/lib/schemas/claims";
import { guardrailInputSchema, type GuardrailFormInput } from "@/lib/schemas/guardrails";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { createActor } from "@/server/actors/mutations";
import { ClaimConflictError, createClaim, deleteClaim, updateClaim } from "@/server/claims/mutations";
import { listClaims } from "@/server/claims/queries";
import {
  createGuardrail,
  deleteGuardrail,
  GuardrailConflictError,
  updateGuardrail,
} from "@/server/guardrails/mutations";
import { listEventOptions, listGuardrails } from "@/server/guardrails/queries";
import { createPostmortem } from "@/server/postmortems/mutations";
import { makeTeamWithRoles } from "./factories";

const pmInput = createPostmortemSchema.parse({
  title: "Database deleted during a code freeze",
  severity: "SEV1",
  timeZone: "UTC",
  startedAt: "2026-11-20T14:05",
  template: "amazon-coe",
});

const guardrail = (over: Partial<GuardrailFormInput> = {}) =>
  guardrailInputSchema.parse({
    name: "Code freeze",
    kind: "Change freeze",
    state: "INSTRUCTION_ONLY",
    notes: "Only in the agent's chat.",
    eventIds: [],
    ...over,
  });

const claim = (over: Partial<ClaimFormInput> = {}) =>
  claimInputSchema.parse({
    statement: "Rollback is impossible",
    status: "REFUTED",
    evidence: "Restored from [the backup](https://example.test/backup).",
    ...over,
  });

async function setup() {
  const alpha = await makeTeamWithRoles();
  const beta = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  const other = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  const agent = await createActor(
    alpha.WRITER,
    pm.id,
    actorInputSchema.parse({ kind: "AI_AGENT", name: "Coding agent" }),
  );
  const event = async (postmortemId: string, over: Record<string, unknown> = {}) =>
    db.timelineEvent.create({
      data: {
        postmortemId,
        occurredAt: new Date("2026-11-20T14:10:00Z"),
        type: "ACTION",
        description: "## Deleted the **database**\nmore",
        ...over,
      },
      select: { id: true },
    });
  return { alpha, beta, pm, other, agent, event };
}

describe("guardrails", () => {
  it("creates with links to this postmortem's live events, lists them, audits", async () => {
    const { alpha, pm, event } = await setup();
    const e1 = await event(pm.id);
    const e2 = await event(pm.id);
    const g = await createGuardrail(alpha.WRITER, pm.id, guardrail({ eventIds: [e1.id, e2.id] }));
    expect(g.eventIds.sort()).toEqual([e1.id, e2.id].sort());
    // A soft-deleted event drops out of the list and the options, and can't be linked anew.
    await db.timelineEvent.update({ where: { id: e2.id }, data: { deletedAt: new Date() } });
    const [listed] = await listGuardrails(alpha.VIEWER, pm.id);
    expect(listed).toMatchObject({ name: "Code freeze", state: "INSTRUCTION_ONLY", eventIds: [e1.id] });
    const options = await listEventOptions(alpha.VIEWER, pm.id);
    expect(options).toEqual([
      { id: e1.id, occurredAt: "2026-11-20T14:10:00.000Z", type: "ACTION", label: "Deleted the database" },
    ]);
    await expect(
      createGuardrail(alpha.WRITER, pm.id, guardrail({ eventIds: [e2.id] })),
    ).rejects.toMatchObject({
      name: "RuleError",
      field: "eventIds",
    });
    expect(await db.auditEvent.count({ where: { entityId: g.id, action: "guardrail.created" } })).toBe(1);
  });

  it("rejects a link to another postmortem's event", async () => {
    const { alpha, pm, other, event } = await setup();
    const theirs = await event(other.id);
    await expect(
      createGuardrail(alpha.WRITER, pm.id, guardrail({ eventIds: [theirs.id] })),
    ).rejects.toBeInstanceOf(RuleError);
    const g = await createGuardrail(alpha.WRITER, pm.id, guardrail());
    await expect(
      updateGuardrail(alpha.WRITER, pm.id, g.id, 1, guardrail({ eventIds: [theirs.id] })),
    ).rejects.toBeInstanceOf(RuleError);
    expect(await db.guardrailEvent.count()).toBe(0);
  });

  it("updates links and fields by version; a stale save or delete is a conflict with the current record", async () => {
    const { alpha, pm, event } = await setup();
    const e1 = await event(pm.id);
    const e2 = await event(pm.id);
    const g = await createGuardrail(alpha.WRITER, pm.id, guardrail({ eventIds: [e1.id] }));
    const saved = await updateGuardrail(
      alpha.REVIEWER,
      pm.id,
      g.id,
      1,
      guardrail({ state: "BYPASSED", eventIds: [e2.id] }),
    );
    expect(saved).toMatchObject({ state: "BYPASSED", eventIds: [e2.id], version: 2 });
    const stale = await updateGuardrail(alpha.WRITER, pm.id, g.id, 1, guardrail({ state: "ABSENT" })).catch(
      (e: unknown) => e,
    );
    expect(stale).toBeInstanceOf(GuardrailConflictError);
    expect((stale as GuardrailConflictError).current).toMatchObject({ state: "BYPASSED", version: 2 });
    await expect(deleteGuardrail(alpha.WRITER, pm.id, g.id, 1)).rejects.toBeInstanceOf(
      GuardrailConflictError,
    );
    await deleteGuardrail(alpha.WRITER, pm.id, g.id, 2);
    expect(await db.guardrail.count()).toBe(0);
    expect(await db.guardrailEvent.count()).toBe(0);
  });

  it("denies viewers, other teams and published postmortems", async () => {
    const { alpha, beta, pm } = await setup();
    const g = await createGuardrail(alpha.WRITER, pm.id, guardrail());
    await expect(createGuardrail(alpha.VIEWER, pm.id, guardrail())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateGuardrail(alpha.VIEWER, pm.id, g.id, 1, guardrail())).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteGuardrail(alpha.VIEWER, pm.id, g.id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGuardrails(beta.WRITER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listEventOptions(beta.WRITER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createGuardrail(beta.WRITER, pm.id, guardrail())).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateGuardrail(beta.WRITER, pm.id, g.id, 1, guardrail())).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(deleteGuardrail(beta.MANAGER, pm.id, g.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    await db.postmortem.update({ where: { id: pm.id }, data: { status: "PUBLISHED" } });
    await expect(createGuardrail(alpha.WRITER, pm.id, guardrail())).rejects.toBeInstanceOf(RuleError);
    await expect(updateGuardrail(alpha.WRITER, pm.id, g.id, 1, guardrail())).rejects.toBeInstanceOf(
      RuleError,
    );
    await expect(deleteGuardrail(alpha.WRITER, pm.id, g.id, 1)).rejects.toBeInstanceOf(RuleError);
    expect(await db.guardrail.count()).toBe(1);
  });
});

describe("claims", () => {
  it("records a refuted claim by the agent on an event; refuted claims come first", async () => {
    const { alpha, pm, agent, event } = await setup();
    const e = await event(pm.id);
    await createClaim(alpha.WRITER, pm.id, claim({ statement: "Tests pass", status: "VERIFIED" }));
    const c = await createClaim(alpha.WRITER, pm.id, claim({ actorId: agent.id, eventId: e.id }));
    expect(c).toMatchObject({ status: "REFUTED", actorId: agent.id, eventId: e.id, version: 1 });
    const list = await listClaims(alpha.VIEWER, pm.id);
    expect(list.map((x) => x.status)).toEqual(["REFUTED", "VERIFIED"]);
    expect(await db.auditEvent.count({ where: { entityId: c.id, action: "claim.created" } })).toBe(1);
  });

  it("rejects another postmortem's actor or event", async () => {
    const { alpha, pm, other, event } = await setup();
    const theirActor = await createActor(
      alpha.WRITER,
      other.id,
      actorInputSchema.parse({ kind: "AI_AGENT", name: "Other agent" }),
    );
    const theirEvent = await event(other.id);
    await expect(createClaim(alpha.WRITER, pm.id, claim({ actorId: theirActor.id }))).rejects.toMatchObject({
      name: "RuleError",
      field: "actorId",
    });
    await expect(createClaim(alpha.WRITER, pm.id, claim({ eventId: theirEvent.id }))).rejects.toMatchObject({
      name: "RuleError",
      field: "eventId",
    });
    const c = await createClaim(alpha.WRITER, pm.id, claim());
    await expect(
      updateClaim(alpha.WRITER, pm.id, c.id, 1, claim({ eventId: theirEvent.id })),
    ).rejects.toBeInstanceOf(RuleError);
  });

  it("updates by version, refuses stale saves and deletes with the current record", async () => {
    const { alpha, pm } = await setup();
    const c = await createClaim(alpha.WRITER, pm.id, claim({ status: "UNKNOWN" }));
    expect(await updateClaim(alpha.REVIEWER, pm.id, c.id, 1, claim())).toMatchObject({
      status: "REFUTED",
      version: 2,
    });
    const stale = await updateClaim(alpha.WRITER, pm.id, c.id, 1, claim({ status: "VERIFIED" })).catch(
      (e: unknown) => e,
    );
    expect(stale).toBeInstanceOf(ClaimConflictError);
    expect((stale as ClaimConflictError).current.status).toBe("REFUTED");
    await expect(deleteClaim(alpha.WRITER, pm.id, c.id, 1)).rejects.toBeInstanceOf(ClaimConflictError);
    await deleteClaim(alpha.WRITER, pm.id, c.id, 2);
    expect(await db.claim.count()).toBe(0);
  });

  it("denies viewers, other teams and published postmortems", async () => {
    const { alpha, beta, pm } = await setup();
    const c = await createClaim(alpha.WRITER, pm.id, claim());
    await expect(createClaim(alpha.VIEWER, pm.id, claim())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateClaim(alpha.VIEWER, pm.id, c.id, 1, claim())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteClaim(alpha.VIEWER, pm.id, c.id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listClaims(beta.WRITER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createClaim(beta.WRITER, pm.id, claim())).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateClaim(beta.WRITER, pm.id, c.id, 1, claim())).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteClaim(beta.ADMIN, pm.id, c.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    await db.postmortem.update({ where: { id: pm.id }, data: { status: "PUBLISHED" } });
    await expect(createClaim(alpha.WRITER, pm.id, claim())).rejects.toBeInstanceOf(RuleError);
    await expect(updateClaim(alpha.WRITER, pm.id, c.id, 1, claim())).rejects.toBeInstanceOf(RuleError);
    await expect(deleteClaim(alpha.WRITER, pm.id, c.id, 1)).rejects.toBeInstanceOf(RuleError);
    expect(await db.claim.count()).toBe(1);
  });
});
