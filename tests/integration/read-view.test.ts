// What the read view and the Markdown export load: the pinned timeline and
// the actors with what their actions touched.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { buildMarkdownExport } from "@/lib/export-markdown";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem } from "@/server/postmortems/queries";
import { makeTeamWithRoles } from "./factories";

async function incident() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(
    alpha.WRITER,
    alpha.team.id,
    createPostmortemSchema.parse({
      title: "Agent recreated production",
      severity: "SEV1",
      timeZone: "Europe/Berlin",
      startedAt: "2026-11-20T14:00",
      template: "google-sre",
    }),
  );
  const agent = await db.actor.create({
    data: {
      postmortemId: pm.id,
      kind: "AI_AGENT",
      name: "Deploy agent",
      permissionsGranted: ["s3:GetObject"],
      permissionsInherited: ["cloudformation:DeleteStack"],
      inheritedFrom: "release operator",
      permissionsNeeded: ["s3:GetObject"],
      permissionsUsed: ["cloudformation:DeleteStack"],
    },
  });
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 13, minutes));
  const event = (minutes: number, description: string, extra: object = {}) =>
    db.timelineEvent.create({
      data: { postmortemId: pm.id, occurredAt: at(minutes), type: "ACTION", description, ...extra },
    });
  const destroy = await event(5, "Agent deletes the stack", {
    actorId: agent.id,
    pinned: true,
    isDecisionPoint: true,
    environment: "PRODUCTION",
    crossedEnvironment: true,
    reversibility: "IRREVERSIBLE",
    resourcesTouched: ["prod-stack"],
  });
  await db.claim.create({
    data: {
      postmortemId: pm.id,
      eventId: destroy.id,
      statement: "Rollback is impossible",
      status: "REFUTED",
    },
  });
  await event(1, "Pinned but hidden", { pinned: true, hidden: true });
  await event(2, "Pinned but deleted", {
    pinned: true,
    deletedAt: new Date(),
    actorId: agent.id,
    environment: "PRODUCTION",
  });
  await event(3, "Not pinned", { actorId: agent.id });
  await event(20, "Alert fires", { pinned: true, type: "ALERT", milestone: "DETECTED" });
  return { ...alpha, pm, agent };
}

describe("the read view's timeline and actor summary", () => {
  it("loads only pinned, visible, not deleted events in time order, with actor and claims", async () => {
    const { WRITER, pm } = await incident();
    const loaded = await getPostmortem(WRITER, pm.id);
    expect(loaded.events.map((e) => e.description)).toEqual(["Agent deletes the stack", "Alert fires"]);
    expect(loaded.events[0]).toMatchObject({
      isDecisionPoint: true,
      actor: { name: "Deploy agent", kind: "AI_AGENT" },
      claims: [{ statement: "Rollback is impossible", status: "REFUTED" }],
    });
    expect(loaded.events[1]!.milestone).toBe("DETECTED");
    // Deleted events are not counted either.
    expect(loaded._count.events).toBe(4);
  });

  it("gives each actor its live (not deleted) events with what they touched", async () => {
    const { WRITER, pm } = await incident();
    const loaded = await getPostmortem(WRITER, pm.id);
    expect(loaded.actors).toHaveLength(1);
    expect(loaded.actors[0]!.events).toEqual([
      expect.objectContaining({ environment: null }),
      expect.objectContaining({
        environment: "PRODUCTION",
        reversibility: "IRREVERSIBLE",
        resourcesTouched: ["prod-stack"],
      }),
    ]);
  });

  it("exports both as Markdown tables", async () => {
    const { VIEWER, pm } = await incident();
    const md = buildMarkdownExport(await getPostmortem(VIEWER, pm.id));
    // The Google SRE template has a Timeline section: the tables follow it.
    expect(md).toContain("## Timeline");
    expect(md).toMatch(/### Key timeline\n\| Time \(Europe\/Berlin\) \| Actor \| Type \| What happened \|/);
    expect(md).toContain(
      "Agent deletes the stack — **Refuted claim: “Rollback is impossible”** · **Decision point**",
    );
    expect(md).not.toContain("Pinned but hidden");
    expect(md).not.toContain("Not pinned");
    expect(md).toMatch(/### Actors and permissions\n\| Actor \|/);
    expect(md).toContain("- **Deploy agent:** Used permissions its task did not need");
  });

  it("is not found for another team", async () => {
    const { pm } = await incident();
    const beta = await makeTeamWithRoles();
    await expect(getPostmortem(beta.MANAGER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
