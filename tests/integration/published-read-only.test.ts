// Issue 8: a published postmortem is read-only, for every way of changing it.
// Every exported function of every module that writes a postmortem's content
// is listed below, either with a call that must be refused on a published
// postmortem (by the one guard, server/postmortems/editable.ts) or with the
// reason it is not such a change. The test finds the modules and their
// exports itself, so a new mutation (or a new writing module) that is not
// listed fails it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { actorInputSchema } from "@/lib/schemas/actors";
import { claimInputSchema } from "@/lib/schemas/claims";
import { saveHeaderSchema } from "@/lib/schemas/editing";
import { guardrailInputSchema } from "@/lib/schemas/guardrails";
import type { ImportInput } from "@/lib/schemas/imports";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { eventFieldsSchema } from "@/lib/schemas/timeline";
import { createActor } from "@/server/actors/mutations";
import type { Actor } from "@/server/auth/actor";
import { createClaim } from "@/server/claims/mutations";
import { createGuardrail } from "@/server/guardrails/mutations";
import { confirmImport } from "@/server/imports/mutations";
import { dismissFlag } from "@/server/postmortems/flags/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { createEvent } from "@/server/timeline/mutations";
import { makeTeamWithRoles } from "./factories";
import { guarded, modules, notContent } from "./published-read-only.registry";

const root = path.resolve(__dirname, "../..");

/** Every server file that writes to the database. */
function writingModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        const source = fs.readFileSync(full, "utf8");
        if (
          /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(|\$transaction\(|\$executeRaw/.test(
            source,
          )
        )
          out.push(path.relative(root, full));
      }
    }
  };
  walk(path.join(root, "server"));
  return out.sort();
}

const csv: ImportInput = {
  source: "CSV",
  fileName: "t.csv",
  text: "time,description\n2026-11-20 14:05,Pager fired",
  mapping: { time: 0, actor: null, type: null, description: 1, link: null },
};

/** A postmortem with one of every child, then published. */
async function publishedFixture() {
  const team = await makeTeamWithRoles();
  const pm = await createPostmortem(
    team.WRITER,
    team.team.id,
    createPostmortemSchema.parse({
      title: "Published one",
      severity: "SEV2",
      timeZone: "UTC",
      startedAt: "",
      template: "blank",
    }),
  );
  const w = team.WRITER;
  const event = (
    await createEvent(
      w,
      pm.id,
      eventFieldsSchema.parse({ occurredAt: "2026-11-20T13:00:00Z", type: "ACTION", description: "x" }),
    )
  ).event;
  const actor = await createActor(w, pm.id, actorInputSchema.parse({ kind: "AUTOMATION", name: "CI" }));
  const claim = await createClaim(
    w,
    pm.id,
    claimInputSchema.parse({ statement: "It is fine", status: "UNKNOWN" }),
  );
  const guardrail = await createGuardrail(
    w,
    pm.id,
    guardrailInputSchema.parse({ name: "Sign-off", kind: "Approval gate", state: "BYPASSED" }),
  );
  await dismissFlag(w, pm.id, {
    location: "summary",
    ruleId: "human-error",
    phrase: "human error",
    reason: "Quoted",
  });
  const imported = await confirmImport(w, pm.id, csv);
  const sections = await db.section.findMany({
    where: { postmortemId: pm.id },
    select: { id: true, version: true },
  });
  await db.section.create({ data: { postmortemId: pm.id, key: "extra", title: "Extra", position: 99 } });
  const dismissal = await db.blamelessFlagDismissal.findFirstOrThrow({ where: { postmortemId: pm.id } });
  const batch = await db.importBatch.findFirstOrThrow({ where: { postmortemId: pm.id } });
  await db.postmortem.update({
    where: { id: pm.id },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });
  const actors = await db.actor.findMany({
    where: { postmortemId: pm.id },
    select: { id: true, version: true },
  });
  return {
    team,
    postmortemId: pm.id,
    sectionId: sections[0]!.id,
    sectionVersion: sections[0]!.version,
    eventId: event.id,
    eventVersion: event.version,
    actorId: actor.id,
    actorVersion: actors.find((a) => a.id === actor.id)!.version,
    claimId: claim.id,
    guardrailId: guardrail.id,
    dismissalId: dismissal.id,
    batchId: batch.id,
    importedEvents: imported.imported,
    saveHeaderInput: saveHeaderSchema.parse({ base: { summary: "" }, changes: { summary: "Changed" } }),
  };
}

export type PublishedFixture = Awaited<ReturnType<typeof publishedFixture>>;

describe("published postmortems are read-only", () => {
  it("lists every writing module and every exported function of the content modules", async () => {
    const listed = new Set([...Object.keys(modules), ...Object.keys(notContent)]);
    expect(writingModules().filter((file) => !listed.has(file))).toEqual([]);
    for (const [file, entries] of Object.entries(modules)) {
      const exported = Object.entries((await import(path.join(root, file))) as Record<string, unknown>)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name)
        .sort();
      expect(exported, `${file}: list each new export in published-read-only.registry.ts`).toEqual(
        Object.keys(entries).sort(),
      );
    }
  });

  it("refuses every guarded mutation on a published postmortem, for every role, and writes nothing", async () => {
    const f = await publishedFixture();
    const audit = await db.auditEvent.count();
    const calls = guarded();
    expect(calls.length).toBe(25);
    for (const actor of [f.team.WRITER, f.team.MANAGER, f.team.ADMIN] as Actor[]) {
      for (const { name, call } of calls) {
        const error = await call(actor, f).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${name} was not refused`).toBeInstanceOf(RuleError);
        expect((error as Error).message, name).toMatch(/published and read-only/);
      }
    }
    expect(await db.auditEvent.count()).toBe(audit);
    const pm = await db.postmortem.findUniqueOrThrow({ where: { id: f.postmortemId } });
    expect(pm.summary).toBe("");
    expect(await db.blamelessFlagDismissal.count({ where: { postmortemId: f.postmortemId } })).toBe(1);
  });
});
