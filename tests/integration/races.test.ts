// Item 10 of issue 8: races on unique constraints and on deletes end in a
// clear, expected result. Five calls at once (separate mutations, each its
// own transaction, like five browsers).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { actorInputSchema } from "@/lib/schemas/actors";
import { claimInputSchema } from "@/lib/schemas/claims";
import { guardrailInputSchema } from "@/lib/schemas/guardrails";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { eventFieldsSchema } from "@/lib/schemas/timeline";
import { createActor, deleteActor } from "@/server/actors/mutations";
import { createClaim, deleteClaim } from "@/server/claims/mutations";
import { createGuardrail, deleteGuardrail } from "@/server/guardrails/mutations";
import { addSection, removeSection } from "@/server/postmortems/editing/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { createEvent, deleteEvent } from "@/server/timeline/mutations";
import { makeTeamWithRoles } from "./factories";

const pmInput = createPostmortemSchema.parse({
  title: "Checkout errors after a config rollout",
  severity: "SEV2",
  timeZone: "Europe/Berlin",
  startedAt: "2026-11-20T14:05",
  template: "blank",
});

async function setup() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  // Five people of the team, acting at once.
  const people = [alpha.WRITER, alpha.REVIEWER, alpha.MANAGER, alpha.ADMIN, alpha.WRITER];
  return { alpha, pm, people };
}

/** Runs all at once; sorts the outcomes into successes and errors. */
async function race<T>(calls: (() => Promise<T>)[]) {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  return {
    ok: settled.filter((s) => s.status === "fulfilled").length,
    errors: settled.flatMap((s) => (s.status === "rejected" ? [s.reason as unknown] : [])),
  };
}

describe("five at once", () => {
  it("adding a section with the same title: all five land, each with its own key and position", async () => {
    const { pm, people } = await setup();
    const { ok, errors } = await race(people.map((p) => () => addSection(p, pm.id, { title: "Follow-ups" })));
    expect(errors).toEqual([]);
    expect(ok).toBe(5);
    const sections = await db.section.findMany({
      where: { postmortemId: pm.id, title: "Follow-ups" },
      select: { key: true, position: true },
    });
    expect(sections.map((s) => s.key).sort()).toEqual([
      "follow-ups",
      "follow-ups-2",
      "follow-ups-3",
      "follow-ups-4",
      "follow-ups-5",
    ]);
    const positions = await db.section.findMany({
      where: { postmortemId: pm.id },
      select: { position: true },
    });
    expect(new Set(positions.map((s) => s.position)).size).toBe(positions.length);
  });

  const deletes: {
    name: string;
    make: (
      ctx: Awaited<ReturnType<typeof setup>>,
    ) => Promise<{ id: string; remove: (i: number) => Promise<unknown> }>;
    action: string;
  }[] = [
    {
      name: "timeline event",
      action: "timeline_event.deleted",
      make: async ({ pm, people }) => {
        const { event } = await createEvent(
          people[0]!,
          pm.id,
          eventFieldsSchema.parse({
            occurredAt: "2026-11-20T13:10:00Z",
            type: "ACTION",
            description: "Rolled back",
          }),
        );
        return { id: event.id, remove: (i) => deleteEvent(people[i]!, pm.id, event.id) };
      },
    },
    {
      name: "actor",
      action: "actor.deleted",
      make: async ({ pm, people }) => {
        const a = await createActor(
          people[0]!,
          pm.id,
          actorInputSchema.parse({ kind: "AUTOMATION", name: "Bot" }),
        );
        return { id: a.id, remove: (i) => deleteActor(people[i]!, pm.id, a.id, a.version) };
      },
    },
    {
      name: "claim",
      action: "claim.deleted",
      make: async ({ pm, people }) => {
        const c = await createClaim(
          people[0]!,
          pm.id,
          claimInputSchema.parse({ statement: "Tests pass", status: "UNKNOWN" }),
        );
        return { id: c.id, remove: (i) => deleteClaim(people[i]!, pm.id, c.id, c.version) };
      },
    },
    {
      name: "guardrail",
      action: "guardrail.deleted",
      make: async ({ pm, people }) => {
        const g = await createGuardrail(
          people[0]!,
          pm.id,
          guardrailInputSchema.parse({ name: "Freeze", kind: "Change freeze", state: "ABSENT" }),
        );
        return { id: g.id, remove: (i) => deleteGuardrail(people[i]!, pm.id, g.id, g.version) };
      },
    },
    {
      name: "section",
      action: "section.removed",
      make: async ({ pm, people }) => {
        const s = await addSection(people[0]!, pm.id, { title: "Scratch" });
        return { id: s.id, remove: (i) => removeSection(people[i]!, pm.id, s.id, s.version) };
      },
    },
  ];

  for (const d of deletes) {
    it(`deleting one ${d.name}: one success and one audit row, the others not found`, async () => {
      const ctx = await setup();
      const target = await d.make(ctx);
      const { ok, errors } = await race([0, 1, 2, 3, 4].map((i) => () => target.remove(i)));
      expect(ok).toBe(1);
      expect(errors).toHaveLength(4);
      for (const error of errors) expect(error).toBeInstanceOf(NotFoundError);
      expect(await db.auditEvent.count({ where: { entityId: target.id, action: d.action } })).toBe(1);
    });
  }
});
