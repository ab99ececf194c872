// Item 5 of issue 8: every create carries an idempotency key; a retry with the
// same key (the answer was lost) returns the first result instead of a
// duplicate, also when the copies race.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { newIdempotencyKey } from "@/lib/idempotency";
import { actorInputSchema } from "@/lib/schemas/actors";
import { claimInputSchema } from "@/lib/schemas/claims";
import { guardrailInputSchema } from "@/lib/schemas/guardrails";
import type { ImportInput } from "@/lib/schemas/imports";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { templateInputSchema } from "@/lib/schemas/templates";
import { eventFieldsSchema } from "@/lib/schemas/timeline";
import { createActor } from "@/server/actors/mutations";
import { createClaim } from "@/server/claims/mutations";
import { createGuardrail } from "@/server/guardrails/mutations";
import { IDEMPOTENCY_KEY_LIFETIME_MS, pruneIdempotencyKeys } from "@/server/idempotency";
import { confirmImport } from "@/server/imports/mutations";
import { addSection } from "@/server/postmortems/editing/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { createInvite, createTeam, findOpenInvite } from "@/server/teams/mutations";
import { createTemplate } from "@/server/templates/mutations";
import { createEvent } from "@/server/timeline/mutations";
import { makeTeamWithRoles, makeUser, actorFor } from "./factories";

const pmInput = createPostmortemSchema.parse({
  title: "Checkout errors after a config rollout",
  severity: "SEV2",
  timeZone: "Europe/Berlin",
  startedAt: "2026-11-20T14:05",
  template: "blank",
});
const eventInput = eventFieldsSchema.parse({
  occurredAt: "2026-11-20T13:10:00.000Z",
  type: "ACTION",
  description: "Rolled back the config.",
});
const csvInput: ImportInput = {
  source: "CSV",
  fileName: "timeline.csv",
  text: "time,description\n2026-11-20 14:05,Pager fired\n2026-11-20 14:07,Rolled back",
  mapping: { time: 0, actor: null, type: null, description: 1, link: null },
};

type Case = {
  name: string;
  /** Runs the create with `key`; returns its result. */
  run: (key: string) => Promise<unknown>;
  /** How many rows the create makes (the thing that must not be duplicated). */
  count: () => Promise<number>;
  /** The audit action every create writes once. */
  audit: string;
};

async function cases(): Promise<Case[]> {
  const alpha = await makeTeamWithRoles();
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  const w = alpha.WRITER;
  let team = 0;
  return [
    {
      name: "postmortem",
      run: (key) => createPostmortem(w, alpha.team.id, pmInput, key),
      count: () => db.postmortem.count({ where: { teamId: alpha.team.id } }),
      audit: "postmortem.created",
    },
    {
      name: "timeline event",
      run: (key) => createEvent(w, pm.id, eventInput, key),
      count: () => db.timelineEvent.count({ where: { postmortemId: pm.id } }),
      audit: "timeline_event.created",
    },
    {
      name: "actor",
      run: (key) =>
        createActor(w, pm.id, actorInputSchema.parse({ kind: "AUTOMATION", name: "Deploy bot" }), key),
      count: () => db.actor.count({ where: { postmortemId: pm.id } }),
      audit: "actor.created",
    },
    {
      name: "claim",
      run: (key) =>
        createClaim(
          w,
          pm.id,
          claimInputSchema.parse({ statement: "Rollback is impossible", status: "REFUTED" }),
          key,
        ),
      count: () => db.claim.count({ where: { postmortemId: pm.id } }),
      audit: "claim.created",
    },
    {
      name: "guardrail",
      run: (key) =>
        createGuardrail(
          w,
          pm.id,
          guardrailInputSchema.parse({
            name: "Two-person sign-off",
            kind: "Approval gate",
            state: "BYPASSED",
          }),
          key,
        ),
      count: () => db.guardrail.count({ where: { postmortemId: pm.id } }),
      audit: "guardrail.created",
    },
    {
      name: "section",
      run: (key) => addSection(w, pm.id, { title: "Follow-ups" }, key),
      count: () => db.section.count({ where: { postmortemId: pm.id, title: "Follow-ups" } }),
      audit: "section.added",
    },
    {
      name: "template",
      run: (key) =>
        createTemplate(
          alpha.MANAGER,
          alpha.team.id,
          templateInputSchema.parse({
            name: "Short review",
            description: "",
            sections: JSON.stringify([{ title: "What happened", helpText: "", guidingQuestions: "" }]),
          }),
          key,
        ),
      count: () => db.template.count({ where: { teamId: alpha.team.id } }),
      audit: "template.created",
    },
    {
      name: "team",
      // Each attempt a new name: a duplicate would be a second team, not a slug error.
      run: (key) => createTeam(admin, { name: `Search ${++team}`, slug: `search-${key.slice(0, 8)}` }, key),
      count: () => db.team.count({ where: { slug: { startsWith: "search-" } } }),
      audit: "team.created",
    },
    {
      name: "import confirm",
      run: (key) => confirmImport(w, pm.id, csvInput, () => {}, key),
      count: () => db.importBatch.count({ where: { postmortemId: pm.id } }),
      audit: "timeline.imported",
    },
  ];
}

const auditCount = (action: string) => db.auditEvent.count({ where: { action } });

describe("idempotency keys", () => {
  it("the same key twice: one row, one audit, the same result (every create)", async () => {
    for (const c of await cases()) {
      const before = await c.count();
      const key = newIdempotencyKey();
      const first = await c.run(key);
      const again = await c.run(key);
      expect(again, c.name).toEqual(first);
      expect(await c.count(), c.name).toBe(before + 1);
      expect(await auditCount(c.audit), c.name).toBe(c.name === "postmortem" ? 2 : 1);
      // A new attempt (a new key) creates again.
      await c.run(newIdempotencyKey()).catch((error: unknown) => {
        // The same file imported twice has nothing new: the import's own duplicate check.
        if (c.name !== "import confirm") throw error;
      });
      expect(await c.count(), c.name).toBe(c.name === "import confirm" ? before + 1 : before + 2);
    }
  });

  it("five concurrent copies with one key: one row, and all five get the same result", async () => {
    for (const c of await cases()) {
      const before = await c.count();
      const key = newIdempotencyKey();
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => c.run(key)));
      expect(await c.count(), c.name).toBe(before + 1);
      for (const r of results) expect(r, c.name).toEqual(results[0]);
    }
  });

  it("an invite retried gets the same invite with a working link; the unseen first link stops working", async () => {
    const alpha = await makeTeamWithRoles();
    const key = newIdempotencyKey();
    const input = { email: "new@example.test", role: "WRITER" } as const;
    const first = await createInvite(alpha.MANAGER, alpha.team.id, input, key);
    const again = await createInvite(alpha.MANAGER, alpha.team.id, input, key);
    expect(again.id).toBe(first.id);
    expect(await db.invite.count({ where: { teamId: alpha.team.id } })).toBe(1);
    expect((await findOpenInvite(again.token))?.id).toBe(first.id);
    expect(await findOpenInvite(first.token)).toBeNull();
    // Only hashes are stored: neither token is in the key table.
    const stored = JSON.stringify(await db.idempotencyKey.findMany({ select: { result: true } }));
    expect(stored).not.toContain(first.token);
    expect(stored).not.toContain(again.token);

    const racing = newIdempotencyKey();
    const raced = await Promise.all(
      [1, 2, 3].map(() =>
        createInvite(alpha.MANAGER, alpha.team.id, { ...input, email: "b@example.test" }, racing),
      ),
    );
    expect(new Set(raced.map((r) => r.id)).size).toBe(1);
    expect(await db.invite.count({ where: { teamId: alpha.team.id, email: "b@example.test" } })).toBe(1);
  });

  it("refuses a key reused for another action or target; keys are per user", async () => {
    const alpha = await makeTeamWithRoles();
    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
    const other = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
    const key = newIdempotencyKey();
    await createEvent(alpha.WRITER, pm.id, eventInput, key);
    await expect(
      addSection(alpha.WRITER, pm.id, { title: "Reused key section" }, key),
    ).rejects.toBeInstanceOf(RuleError);
    await expect(createEvent(alpha.WRITER, other.id, eventInput, key)).rejects.toThrow(/already used/);
    expect(await db.section.count({ where: { postmortemId: pm.id, title: "Reused key section" } })).toBe(0);
    expect(await db.timelineEvent.count({ where: { postmortemId: other.id } })).toBe(0);

    // Another user's identical key is another attempt.
    await createEvent(alpha.MANAGER, pm.id, eventInput, key);
    expect(await db.timelineEvent.count({ where: { postmortemId: pm.id } })).toBe(2);
  });

  it("a create that fails keeps no key: the retry does the work", async () => {
    const alpha = await makeTeamWithRoles();
    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
    const key = newIdempotencyKey();
    const bad = { ...eventInput, actorId: "not-an-actor-of-this-postmortem" };
    await expect(createEvent(alpha.WRITER, pm.id, bad, key)).rejects.toBeInstanceOf(RuleError);
    expect(await db.idempotencyKey.count()).toBe(0);
    await createEvent(alpha.WRITER, pm.id, eventInput, key);
    expect(await db.timelineEvent.count({ where: { postmortemId: pm.id } })).toBe(1);
  });

  it("old keys are removed", async () => {
    const alpha = await makeTeamWithRoles();
    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
    const oldKey = newIdempotencyKey();
    const freshKey = newIdempotencyKey();
    await createEvent(alpha.WRITER, pm.id, eventInput, oldKey);
    await createEvent(alpha.WRITER, pm.id, eventInput, freshKey);
    const now = new Date();
    await db.idempotencyKey.update({
      where: { userId_key: { userId: alpha.WRITER.userId, key: oldKey } },
      data: { createdAt: new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS - 1000) },
    });
    expect(await pruneIdempotencyKeys(now)).toBe(1);
    const left = await db.idempotencyKey.findMany({ select: { key: true } });
    expect(left.map((k) => k.key)).toEqual([freshKey]);
  });
});
