import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { createPostmortemSchema, type CreatePostmortemInput } from "@/lib/schemas/postmortems";
import type { ImportInput } from "@/lib/schemas/imports";
import { confirmImport, undoImport } from "@/server/imports/mutations";
import { listAgentActors, listImports, previewImport } from "@/server/imports/queries";
import { createPostmortem } from "@/server/postmortems/mutations";
import { makeTeamWithRoles } from "./factories";

const pmInput: CreatePostmortemInput = createPostmortemSchema.parse({
  title: "Agent deleted the production environment",
  severity: "SEV1",
  timeZone: "Europe/Berlin",
  startedAt: "2026-11-20T14:00",
  template: "amazon-coe",
});

const mapping = { time: 0, actor: 1, type: 2, description: 3, link: 4 };
const csv = (lines: string[]): Extract<ImportInput, { source: "CSV" }> => ({
  source: "CSV",
  fileName: "timeline.csv",
  text: ["time,actor,type,description,link", ...lines].join("\n"),
  mapping,
});

const sample: Extract<ImportInput, { source: "CSV" }> = csv([
  "2026-11-20 14:05,On-call engineer,alert,Pager fired for checkout errors,https://pager.example/1",
  "2026-11-20 14:07,Deploy agent,action,Agent called delete_environment on prod,",
  "not a time,On-call engineer,action,This row is broken,",
  "2026-11-20 14:09,on-call ENGINEER,decision,Decided to restore from backup,",
]);

async function setup() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  return { alpha, pm };
}

const liveEvents = (postmortemId: string) =>
  db.timelineEvent.findMany({
    where: { postmortemId, deletedAt: null },
    orderBy: { occurredAt: "asc" },
    select: {
      description: true,
      type: true,
      occurredAt: true,
      actor: { select: { name: true, kind: true } },
    },
  });

describe("previewing an import", () => {
  it("shows rows, errors with row numbers and new actors, and imports nothing", async () => {
    const { alpha, pm } = await setup();
    const preview = await previewImport(alpha.WRITER, pm.id, sample);
    expect(preview).toMatchObject({
      source: "CSV",
      fileName: "timeline.csv",
      zone: "Europe/Berlin",
      totalRows: 4,
      validRows: 3,
      importCount: 3,
      duplicateCount: 0,
      errorCount: 1,
    });
    expect(preview.errors).toEqual([
      { row: 4, label: "row 4", reason: expect.stringMatching(/Time “not a time” is not readable/) },
    ]);
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      occurredAt: "2026-11-20T13:05:00.000Z",
      actorName: "On-call engineer",
      type: "ALERT",
      duplicate: false,
    });
    // "on-call ENGINEER" is the same actor as "On-call engineer".
    expect(preview.actorsToCreate).toEqual([
      { name: "On-call engineer", kind: "PERSON" },
      { name: "Deploy agent", kind: "PERSON" },
    ]);
    expect(await db.timelineEvent.count()).toBe(0);
    expect(await db.importBatch.count()).toBe(0);
    expect(await db.actor.count()).toBe(0);
  });

  it("matches existing actors by name, case-insensitively", async () => {
    const { alpha, pm } = await setup();
    await db.actor.create({ data: { postmortemId: pm.id, kind: "PERSON", name: "ON-CALL ENGINEER" } });
    const preview = await previewImport(alpha.WRITER, pm.id, sample);
    expect(preview.actorsMatched).toEqual([{ name: "ON-CALL ENGINEER", kind: "PERSON" }]);
    expect(preview.actorsToCreate).toEqual([{ name: "Deploy agent", kind: "PERSON" }]);
  });

  it("refuses a file with only a fatal problem with its message", async () => {
    const { alpha, pm } = await setup();
    const error = await previewImport(alpha.WRITER, pm.id, { ...sample, text: "time,description\n" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).message).toMatch(/no data rows/);
  });
});

describe("confirming an import", () => {
  it("imports the valid rows, creates the actors and the batch, audited, in one go", async () => {
    const { alpha, pm } = await setup();
    const progress: string[] = [];
    const result = await confirmImport(alpha.WRITER, pm.id, sample, (p) =>
      progress.push(`${p.phase} ${p.done}/${p.total}`),
    );
    expect(result).toMatchObject({ imported: 3, duplicates: 0, errors: 1, actorsCreated: 2 });
    expect(progress).toEqual(["checking 0/3", "inserting 0/3", "inserting 3/3"]);
    const events = await liveEvents(pm.id);
    expect(events.map((e) => [e.description, e.type, e.actor?.name])).toEqual([
      ["Pager fired for checkout errors", "ALERT", "On-call engineer"],
      ["Agent called delete_environment on prod", "ACTION", "Deploy agent"],
      ["Decided to restore from backup", "DECISION", "On-call engineer"],
    ]);
    const stored = await db.timelineEvent.findFirstOrThrow({
      where: { description: "Pager fired for checkout errors" },
    });
    expect(stored).toMatchObject({
      importBatchId: result.batchId,
      createdById: alpha.WRITER.userId,
      evidenceLinks: [{ url: "https://pager.example/1" }],
    });
    expect(stored.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ source: "CSV", fileName: "timeline.csv", rowCount: 3, duplicateCount: 0 });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: result.batchId, action: "timeline.imported" },
    });
    expect(audit).toMatchObject({ actorUserId: alpha.WRITER.userId, postmortemId: pm.id });
    const [listed] = await listImports(alpha.VIEWER, pm.id);
    expect(listed).toMatchObject({ id: result.batchId, rowCount: 3, liveEvents: 3, undoneAt: null });
  });

  it("skips duplicates of earlier imports, of hand-made events and within the file", async () => {
    const { alpha, pm } = await setup();
    await confirmImport(alpha.WRITER, pm.id, sample);
    // A hand-made event with the same time, actor and description.
    const agent = await db.actor.findFirstOrThrow({ where: { postmortemId: pm.id, name: "Deploy agent" } });
    await db.timelineEvent.create({
      data: {
        postmortemId: pm.id,
        occurredAt: new Date("2026-11-20T13:30:00Z"),
        type: "ACTION",
        description: "Recreated the environment",
        actorId: agent.id,
      },
    });
    const again = csv([
      "2026-11-20 14:05,On-call engineer,alert,Pager fired for checkout errors,",
      "2026-11-20 14:30,deploy agent,action,Recreated the environment,",
      "2026-11-20 14:40,Deploy agent,action,New row,",
      "2026-11-20 14:40,Deploy agent,action,New  row,",
    ]);
    const preview = await previewImport(alpha.WRITER, pm.id, again);
    expect(preview).toMatchObject({ importCount: 1, duplicateCount: 3 });
    expect(preview.duplicates.map((d) => d.row)).toEqual([2, 3, 5]);
    expect(preview.rows.filter((r) => r.duplicate).map((r) => r.row)).toEqual([2, 3, 5]);
    const result = await confirmImport(alpha.WRITER, pm.id, again);
    expect(result).toMatchObject({ imported: 1, duplicates: 3, actorsCreated: 0 });
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: result.batchId } })).duplicateCount).toBe(
      3,
    );
    // All duplicates: a clear refusal, nothing written.
    await expect(confirmImport(alpha.WRITER, pm.id, again)).rejects.toThrow(/every valid row is already/);
    expect(await db.importBatch.count()).toBe(2);
  });

  it("imports an agent log with an existing AI agent as the actor", async () => {
    const { alpha, pm } = await setup();
    const agent = await db.actor.create({
      data: { postmortemId: pm.id, kind: "AI_AGENT", name: "Infra agent", model: "gpt" },
    });
    expect(await listAgentActors(alpha.WRITER, pm.id)).toEqual([
      { id: agent.id, name: "Infra agent", model: "gpt" },
    ]);
    const input: ImportInput = {
      source: "JSONL",
      fileName: "agent.jsonl",
      text: [
        JSON.stringify({
          timestamp: "2026-11-20T13:10:00Z",
          tool: "delete_environment",
          input: { env: "prod" },
        }),
        "{broken",
      ].join("\n"),
      agent: { kind: "existing", actorId: agent.id },
    };
    const preview = await previewImport(alpha.WRITER, pm.id, input);
    expect(preview.errors).toEqual([
      { row: 2, label: "line 2", reason: expect.stringMatching(/Not valid JSON/) },
    ]);
    expect(preview.actorsMatched).toEqual([{ name: "Infra agent", kind: "AI_AGENT" }]);
    await confirmImport(alpha.WRITER, pm.id, input);
    expect((await liveEvents(pm.id)).map((e) => [e.actor?.name, e.actor?.kind, e.description])).toEqual([
      ["Infra agent", "AI_AGENT", 'Called `delete_environment` with `{"env":"prod"}`'],
    ]);
    // An agent of another postmortem cannot be used.
    const other = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
    await expect(previewImport(alpha.WRITER, other.id, input)).rejects.toBeInstanceOf(NotFoundError);
    // A new agent is created as an AI agent.
    const fresh = await previewImport(alpha.WRITER, other.id, {
      ...input,
      agent: { kind: "new", name: "Bot" },
    });
    expect(fresh.actorsToCreate).toEqual([{ name: "Bot", kind: "AI_AGENT" }]);
  });

  it("imports Slack messages within the range (default: the whole file)", async () => {
    const { alpha, pm } = await setup();
    const ts = (iso: string) => String(Date.parse(iso) / 1000);
    const input: ImportInput = {
      source: "SLACK",
      files: [
        {
          name: "2026-11-20.json",
          text: JSON.stringify([
            { ts: ts("2026-11-20T13:01:00Z"), user: "U1", user_profile: { real_name: "Ana" }, text: "early" },
            {
              ts: ts("2026-11-20T13:06:00Z"),
              user: "U1",
              user_profile: { real_name: "Ana" },
              text: "in range",
            },
            { ts: ts("2026-11-20T13:07:00Z"), bot_id: "B1", username: "CI", text: "deploy done" },
          ]),
        },
      ],
      from: "2026-11-20T14:05",
      to: "2026-11-20T14:07",
    };
    const preview = await previewImport(alpha.WRITER, pm.id, input);
    expect(preview.rows.map((r) => r.description)).toEqual(["in range", "deploy done"]);
    expect(preview.skipped).toEqual([{ reason: "outside the time range", count: 1 }]);
    expect(preview.actorsToCreate).toEqual([
      { name: "Ana", kind: "PERSON" },
      { name: "CI", kind: "AUTOMATION" },
    ]);
    await expect(previewImport(alpha.WRITER, pm.id, { ...input, from: "2026-11-20T15:00" })).rejects.toThrow(
      /ends before it starts/,
    );
  });
});

describe("undoing an import", () => {
  it("removes all and only that batch's events and the actors it created; a second undo is refused", async () => {
    const { alpha, pm } = await setup();
    const first = await confirmImport(alpha.WRITER, pm.id, csv(["2026-11-20 14:01,Keeper,action,Stays,"]));
    const second = await confirmImport(alpha.WRITER, pm.id, sample);
    // Someone edited one of the second import's actors: it stays.
    await db.actor.updateMany({ where: { name: "Deploy agent" }, data: { version: 2, role: "agent" } });
    const undone = await undoImport(alpha.WRITER, pm.id, second.batchId);
    expect(undone).toEqual({ eventsRemoved: 3, actorsRemoved: 1 });
    expect((await liveEvents(pm.id)).map((e) => e.description)).toEqual(["Stays"]);
    expect((await db.actor.findMany({ orderBy: { name: "asc" } })).map((a) => a.name)).toEqual([
      "Deploy agent",
      "Keeper",
    ]);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: second.batchId } });
    expect(batch.undoneAt).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { entityId: second.batchId, action: "timeline.import_undone" } }),
    ).toBe(1);
    await expect(undoImport(alpha.WRITER, pm.id, second.batchId)).rejects.toThrow(/already been undone/);
    // The undone rows are no longer duplicates: they can be imported again.
    const again = await previewImport(alpha.WRITER, pm.id, sample);
    expect(again.duplicateCount).toBe(0);
    const list = await listImports(alpha.WRITER, pm.id);
    expect(list.map((b) => [b.id, b.liveEvents, b.undoneAt !== null])).toEqual([
      [second.batchId, 0, true],
      [first.batchId, 1, false],
    ]);
  });

  it("refuses an unknown batch or one of another postmortem", async () => {
    const { alpha, pm } = await setup();
    const other = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
    const result = await confirmImport(alpha.WRITER, other.id, sample);
    await expect(undoImport(alpha.WRITER, pm.id, result.batchId)).rejects.toBeInstanceOf(RuleError);
    await expect(undoImport(alpha.WRITER, pm.id, "nope")).rejects.toBeInstanceOf(RuleError);
    expect(await db.timelineEvent.count({ where: { deletedAt: null } })).toBe(3);
  });
});

describe("who may import", () => {
  it("refuses viewers, hides it from other teams, keeps published ones read-only", async () => {
    const { alpha, pm } = await setup();
    const done = await confirmImport(alpha.WRITER, pm.id, sample);
    await expect(previewImport(alpha.VIEWER, pm.id, sample)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(confirmImport(alpha.VIEWER, pm.id, sample)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(undoImport(alpha.VIEWER, pm.id, done.batchId)).rejects.toBeInstanceOf(ForbiddenError);

    const beta = await makeTeamWithRoles();
    await expect(previewImport(beta.ADMIN, pm.id, sample)).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmImport(beta.ADMIN, pm.id, sample)).rejects.toBeInstanceOf(NotFoundError);
    await expect(undoImport(beta.ADMIN, pm.id, done.batchId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listImports(beta.ADMIN, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAgentActors(beta.ADMIN, pm.id)).rejects.toBeInstanceOf(NotFoundError);

    await db.postmortem.update({ where: { id: pm.id }, data: { status: "PUBLISHED" } });
    await expect(previewImport(alpha.WRITER, pm.id, sample)).rejects.toBeInstanceOf(RuleError);
    await expect(confirmImport(alpha.WRITER, pm.id, sample)).rejects.toBeInstanceOf(RuleError);
    await expect(undoImport(alpha.WRITER, pm.id, done.batchId)).rejects.toBeInstanceOf(RuleError);
    expect(await db.timelineEvent.count({ where: { deletedAt: null } })).toBe(3);
  });
});

describe("size limits", () => {
  it("imports 10,000 rows and refuses 10,001 with the message", async () => {
    const { alpha, pm } = await setup();
    const line = (i: number) =>
      `2026-11-20T${String(12 + Math.floor(i / 3600)).padStart(2, "0")}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}Z,Actor ${i % 5},action,Step ${i},`;
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => line(i));
    const updates: number[] = [];
    const result = await confirmImport(alpha.WRITER, pm.id, csv(rows), (p) => {
      if (p.phase === "inserting") updates.push(p.done);
    });
    expect(result).toMatchObject({ imported: MAX_IMPORT_ROWS, actorsCreated: 5 });
    expect(updates.at(-1)).toBe(MAX_IMPORT_ROWS);
    expect(updates.length).toBe(MAX_IMPORT_ROWS / 500 + 1);
    expect(await db.timelineEvent.count({ where: { postmortemId: pm.id, deletedAt: null } })).toBe(
      MAX_IMPORT_ROWS,
    );

    const error = await previewImport(alpha.WRITER, pm.id, csv([...rows, line(10_000)])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).message).toBe(
      "This file has 10,001 rows; the limit is 10,000. Split it into smaller files and import them one after another.",
    );
  }, 120_000);
});
