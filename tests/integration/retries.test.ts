// Item 6 of issue 8: a save whose answer was lost is retried with its old
// base version. When the record already holds exactly what the retry asks
// for, the retry succeeds (with the current version) instead of showing the
// writer a conflict with herself; a different change is still a conflict.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { actorInputSchema } from "@/lib/schemas/actors";
import { claimInputSchema } from "@/lib/schemas/claims";
import { saveHeaderSchema } from "@/lib/schemas/editing";
import { guardrailInputSchema } from "@/lib/schemas/guardrails";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { eventFieldsSchema } from "@/lib/schemas/timeline";
import { createActor, updateActor } from "@/server/actors/mutations";
import { createClaim, updateClaim } from "@/server/claims/mutations";
import { createGuardrail, updateGuardrail } from "@/server/guardrails/mutations";
import { saveHeader, saveSection, SectionConflictError } from "@/server/postmortems/editing/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { createEvent, EventConflictError, updateEvent } from "@/server/timeline/mutations";
import { makeTeamWithRoles } from "./factories";

const pmInput = createPostmortemSchema.parse({
  title: "Checkout errors after a config rollout",
  severity: "SEV2",
  timeZone: "Europe/Berlin",
  startedAt: "2026-11-20T14:05",
  template: "google-sre",
});

async function setup() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  return { alpha, pm, w: alpha.WRITER };
}

const audits = (entityId: string) => db.auditEvent.count({ where: { entityId } });

describe("a retried save whose answer was lost", () => {
  it("section: the same text again is saved (current version), other text is a conflict", async () => {
    const { pm, w, alpha } = await setup();
    const section = await db.section.findFirstOrThrow({ where: { postmortemId: pm.id } });
    const change = { baseVersion: section.version, title: section.title, body: "We rolled back at 14:20." };
    const first = await saveSection(w, pm.id, section.id, change);
    const retry = await saveSection(w, pm.id, section.id, change);
    expect(retry.version).toBe(first.version);
    expect(await audits(section.id)).toBe(1);

    await saveSection(alpha.REVIEWER, pm.id, section.id, { baseVersion: first.version, body: "Theirs" });
    await expect(saveSection(w, pm.id, section.id, change)).rejects.toBeInstanceOf(SectionConflictError);
  });

  it("header: the same change again is saved, not a conflict with oneself", async () => {
    const { pm, w, alpha } = await setup();
    const change = saveHeaderSchema.parse({
      base: { title: pmInput.title, summary: "" },
      changes: { title: "Checkout 500s", summary: "Config rollout broke checkout." },
    });
    const first = await saveHeader(w, pm.id, change);
    const retry = await saveHeader(w, pm.id, change);
    expect(retry.values).toEqual(first.values);
    await saveHeader(alpha.REVIEWER, pm.id, {
      base: { title: "Checkout 500s" },
      changes: { title: "Their title" },
    });
    await expect(saveHeader(w, pm.id, change)).rejects.toBeInstanceOf(ConflictError);
  });

  it("timeline event: the same fields again are saved with the current version", async () => {
    const { pm, w, alpha } = await setup();
    const base = { occurredAt: "2026-11-20T13:10:00.000Z", type: "ACTION", description: "Rolled back." };
    const { event } = await createEvent(w, pm.id, eventFieldsSchema.parse(base));
    const fields = eventFieldsSchema.parse({
      ...base,
      description: "Rolled back the config.",
      evidenceLinks: [{ url: "https://deploys.example/42" }, { url: "https://logs.example/1", label: "Log" }],
      milestone: "MITIGATED",
      blastRadius: { resourcesTouched: ["checkout"], environment: "PRODUCTION" },
    });
    const first = await updateEvent(w, pm.id, event.id, { baseVersion: event.version, fields });
    const retry = await updateEvent(w, pm.id, event.id, { baseVersion: event.version, fields });
    expect(retry.event).toEqual(first.event);
    expect(retry.event.version).toBe(event.version + 1);
    expect(await audits(event.id)).toBe(2); // created, updated: the retry wrote nothing

    await updateEvent(alpha.REVIEWER, pm.id, event.id, {
      baseVersion: first.event.version,
      fields: { ...fields, description: "Theirs" },
    });
    await expect(
      updateEvent(w, pm.id, event.id, { baseVersion: event.version, fields }),
    ).rejects.toBeInstanceOf(EventConflictError);
  });

  it("actor, claim, guardrail: the same values again are saved; other values conflict", async () => {
    const { pm, w, alpha } = await setup();

    const agent = (model: string) =>
      actorInputSchema.parse({
        kind: "AI_AGENT",
        name: "Coding agent",
        model,
        permissionsGranted: ["prod:*"],
      });
    const a = await createActor(w, pm.id, agent("gpt-x"));
    const aFirst = await updateActor(w, pm.id, a.id, a.version, agent("gpt-y"));
    const aRetry = await updateActor(w, pm.id, a.id, a.version, agent("gpt-y"));
    expect(aRetry).toEqual(aFirst);
    await expect(updateActor(w, pm.id, a.id, a.version, agent("other"))).rejects.toBeInstanceOf(
      ConflictError,
    );

    const claim = (status: string) =>
      claimInputSchema.parse({ statement: "Rollback is impossible", status, actorId: a.id });
    const c = await createClaim(w, pm.id, claim("UNKNOWN"));
    const cFirst = await updateClaim(w, pm.id, c.id, c.version, claim("REFUTED"));
    expect(await updateClaim(w, pm.id, c.id, c.version, claim("REFUTED"))).toEqual(cFirst);
    await expect(updateClaim(w, pm.id, c.id, c.version, claim("VERIFIED"))).rejects.toBeInstanceOf(
      ConflictError,
    );

    const { event: e1 } = await createEvent(
      w,
      pm.id,
      eventFieldsSchema.parse({ occurredAt: "2026-11-20T13:10:00Z", type: "ACTION", description: "One" }),
    );
    const { event: e2 } = await createEvent(
      w,
      pm.id,
      eventFieldsSchema.parse({ occurredAt: "2026-11-20T13:20:00Z", type: "ACTION", description: "Two" }),
    );
    const guardrail = (eventIds: string[]) =>
      guardrailInputSchema.parse({ name: "Sign-off", kind: "Approval gate", state: "BYPASSED", eventIds });
    const g = await createGuardrail(w, pm.id, guardrail([e1.id]));
    const gFirst = await updateGuardrail(w, pm.id, g.id, g.version, guardrail([e2.id, e1.id]));
    const gRetry = await updateGuardrail(w, pm.id, g.id, g.version, guardrail([e1.id, e2.id]));
    expect(gRetry.version).toBe(gFirst.version);
    await expect(updateGuardrail(w, pm.id, g.id, g.version, guardrail([e2.id]))).rejects.toBeInstanceOf(
      ConflictError,
    );

    // Someone else's save in between makes the same retry a real conflict again.
    await updateClaim(alpha.REVIEWER, pm.id, c.id, cFirst.version, claim("VERIFIED"));
    await expect(updateClaim(w, pm.id, c.id, c.version, claim("REFUTED"))).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});
