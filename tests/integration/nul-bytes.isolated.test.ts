// Item 9 of issue 8: PostgreSQL refuses NUL (U+0000) in text. A NUL in any
// input is refused at the schema boundary with an error next to its field
// (not "something went wrong", and not a section autosave retrying forever);
// imported files have theirs removed. Also: creates without an idempotency
// key are refused at the action boundary.
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/server/auth/session", () => ({ requireActor: vi.fn(), getActor: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { db } from "@/lib/db";
import { newIdempotencyKey } from "@/lib/idempotency";
import { importRequestSchema } from "@/lib/schemas/imports";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { NUL_MESSAGE } from "@/lib/schemas/text";
import type { Actor } from "@/server/auth/actor";
import { requireActor } from "@/server/auth/session";
import { createActorAction } from "@/server/actors/actions";
import { createClaimAction } from "@/server/claims/actions";
import { createGuardrailAction } from "@/server/guardrails/actions";
import { confirmImport } from "@/server/imports/mutations";
import { createPostmortemAction } from "@/server/postmortems/actions";
import { addSectionAction, saveHeaderAction, saveSectionAction } from "@/server/postmortems/editing/actions";
import { createPostmortem } from "@/server/postmortems/mutations";
import { createInviteAction, createTeamAction } from "@/server/teams/actions";
import { createTemplateAction } from "@/server/templates/actions";
import { createEventAction, updateEventAction } from "@/server/timeline/actions";
import { makeTeamWithRoles } from "./factories";

const NUL = "\u0000";
const key = () => newIdempotencyKey();

function actAs(actor: Actor) {
  vi.mocked(requireActor).mockResolvedValue(actor);
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

async function setup() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(
    alpha.WRITER,
    alpha.team.id,
    createPostmortemSchema.parse({
      title: "Checkout errors",
      severity: "SEV2",
      timeZone: "UTC",
      startedAt: "",
      template: "google-sre",
    }),
  );
  actAs(alpha.WRITER);
  return { alpha, pm };
}

/** An error answer with NUL_MESSAGE beside `field`. */
const nulErrorOn = (field: string) =>
  expect.objectContaining({
    status: "error",
    fieldErrors: expect.objectContaining({ [field]: [NUL_MESSAGE] }) as unknown,
  });

beforeEach(() => vi.mocked(requireActor).mockReset());

describe("NUL characters", () => {
  it("in a postmortem title, a section, the header: a field error, nothing written", async () => {
    const { alpha, pm } = await setup();
    const created = await createPostmortemAction(
      alpha.team.id,
      { status: "idle" },
      form({
        title: `Bad${NUL} title`,
        severity: "SEV2",
        timeZone: "UTC",
        startedAt: "",
        template: "blank",
        idempotencyKey: key(),
      }),
    );
    expect(created).toEqual(nulErrorOn("title"));
    expect(created.values?.title).toBe(`Bad${NUL} title`); // what was typed comes back

    const section = await db.section.findFirstOrThrow({ where: { postmortemId: pm.id } });
    const saved = await saveSectionAction(pm.id, section.id, {
      baseVersion: section.version,
      body: `Text with a ${NUL} inside`,
    });
    // Not retried by the autosave: it is the writer's text that must change.
    expect(saved).toMatchObject({ status: "error", kind: "invalid", fieldErrors: { body: [NUL_MESSAGE] } });
    expect(
      await saveSectionAction(pm.id, section.id, { baseVersion: 1, title: `T${NUL}`, body: "" }),
    ).toEqual(nulErrorOn("title"));
    expect(await addSectionAction(pm.id, { title: `New${NUL}`, idempotencyKey: key() })).toEqual(
      nulErrorOn("title"),
    );
    expect(
      await saveHeaderAction(pm.id, { base: { summary: "" }, changes: { summary: `TL;DR ${NUL}` } }),
    ).toEqual(nulErrorOn("summary"));
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).body).toBe("");
  });

  it("in a timeline event, an actor, a claim, a guardrail: a field error", async () => {
    const { pm } = await setup();
    const event = { occurredAt: "2026-11-20T13:10:00Z", type: "ACTION", description: `Rolled ${NUL}back` };
    expect(await createEventAction(pm.id, { ...event, idempotencyKey: key() })).toEqual(
      nulErrorOn("description"),
    );
    const ok = await createEventAction(pm.id, {
      ...event,
      description: "Rolled back",
      idempotencyKey: key(),
    });
    if (ok.status !== "success") throw new Error(ok.formError);
    const links = [{ url: "https://logs.example/1", label: `Log${NUL}` }];
    expect(
      await updateEventAction(pm.id, ok.event.id, {
        baseVersion: ok.event.version,
        fields: { ...event, description: "Rolled back", evidenceLinks: links },
      }),
    ).toEqual(nulErrorOn("evidenceLinks.0.label"));
    expect(
      await updateEventAction(pm.id, ok.event.id, {
        baseVersion: ok.event.version,
        fields: { ...event, description: "ok", blastRadius: { resourcesTouched: [`prod${NUL}db`] } },
      }),
    ).toEqual(nulErrorOn("blastRadius.resourcesTouched"));

    expect(
      await createActorAction(pm.id, { kind: "AI_AGENT", name: `Agent${NUL}`, idempotencyKey: key() }),
    ).toEqual(nulErrorOn("name"));
    expect(
      await createActorAction(pm.id, {
        kind: "AI_AGENT",
        name: "Agent",
        permissionsGranted: [`prod:${NUL}*`],
        idempotencyKey: key(),
      }),
    ).toEqual(nulErrorOn("permissionsGranted"));
    expect(
      await createClaimAction(pm.id, {
        statement: `Tests ${NUL}pass`,
        status: "UNKNOWN",
        idempotencyKey: key(),
      }),
    ).toEqual(nulErrorOn("statement"));
    expect(
      await createGuardrailAction(pm.id, {
        name: "Freeze",
        kind: "Change freeze",
        state: "ABSENT",
        notes: `n${NUL}`,
        idempotencyKey: key(),
      }),
    ).toEqual(nulErrorOn("notes"));
    expect(await db.actor.count({ where: { postmortemId: pm.id } })).toBe(0);
  });

  it("in a template, a team, an invite: a field error", async () => {
    const { alpha } = await setup();
    actAs(alpha.MANAGER);
    const template = await createTemplateAction(
      alpha.team.id,
      { status: "idle" },
      form({
        name: "Short",
        description: "",
        sections: JSON.stringify([{ title: `What${NUL}`, helpText: "", guidingQuestions: "" }]),
        idempotencyKey: key(),
      }),
    );
    expect(template).toEqual(nulErrorOn("sections.0.title"));
    expect(
      await createInviteAction(
        alpha.team.id,
        { status: "idle" },
        form({ email: `a${NUL}@example.test`, role: "WRITER", idempotencyKey: key() }),
      ),
    ).toEqual(nulErrorOn("email"));
    actAs({ ...alpha.ADMIN, isAdmin: true });
    expect(
      await createTeamAction(
        { status: "idle" },
        form({ name: `Ops${NUL}`, slug: "ops", idempotencyKey: key() }),
      ),
    ).toEqual(nulErrorOn("name"));
  });

  it("in an imported file: removed, with a warning on the rows it touched", async () => {
    const { alpha, pm } = await setup();
    const csv = importRequestSchema.parse({
      mode: "confirm",
      idempotencyKey: key(),
      input: {
        source: "CSV",
        fileName: `time${NUL}line.csv`,
        text: `time,description\n2026-11-20 14:05,Pager ${NUL}fired\n2026-11-20 14:06,Fine`,
        mapping: { time: 0, actor: null, type: null, description: 1, link: null },
      },
    });
    await confirmImport(alpha.WRITER, pm.id, csv.input);
    // JSON escapes bring NULs back after parsing: those are removed from the rows.
    const log = [
      JSON.stringify({ ts: "2026-11-20T14:10:00Z", tool: "shell", input: `rm -rf ${NUL}/tmp` }),
      JSON.stringify({ ts: "2026-11-20T14:11:00Z", tool: `deploy${NUL}`, input: "ok" }),
    ].join("\n");
    const jsonl = importRequestSchema.parse({
      mode: "confirm",
      idempotencyKey: key(),
      input: { source: "JSONL", fileName: "agent.jsonl", text: log, agent: { kind: "new", name: "Agent" } },
    });
    expect(jsonl.input.source === "JSONL" && jsonl.input.text.includes("\\u0000")).toBe(true);
    const result = await confirmImport(alpha.WRITER, pm.id, jsonl.input);
    expect(result.imported).toBe(2);
    const events = await db.timelineEvent.findMany({
      where: { postmortemId: pm.id },
      select: { description: true },
    });
    expect(events).toHaveLength(4);
    for (const e of events) expect(e.description).not.toContain(NUL);
    expect(events.map((e) => e.description)).toContain("Pager fired");
    const batch = await db.importBatch.findFirstOrThrow({ where: { postmortemId: pm.id, source: "CSV" } });
    expect(batch.fileName).toBe("timeline.csv");
  });

  it("creates without a valid idempotency key are refused at the action boundary", async () => {
    const { pm } = await setup();
    const event = { occurredAt: "2026-11-20T13:10:00Z", type: "ACTION", description: "Rolled back" };
    expect(await createEventAction(pm.id, event)).toMatchObject({ status: "error", formError: /Reload/ });
    expect(await createEventAction(pm.id, { ...event, idempotencyKey: "x" })).toMatchObject({
      status: "error",
    });
    expect(await addSectionAction(pm.id, { title: "Follow-ups" })).toMatchObject({ status: "error" });
    expect(await db.timelineEvent.count({ where: { postmortemId: pm.id } })).toBe(0);
  });
});
