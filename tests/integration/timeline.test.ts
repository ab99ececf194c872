import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { deriveDurations } from "@/lib/milestones";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { eventFieldsSchema, type EventFieldsInput } from "@/lib/schemas/timeline";
import { createPostmortem } from "@/server/postmortems/mutations";
import { saveHeader } from "@/server/postmortems/editing/mutations";
import { saveHeaderSchema } from "@/lib/schemas/editing";
import {
  createEvent,
  deleteEvent,
  EventConflictError,
  restoreEvent,
  setEventFlags,
  setMilestone,
  updateEvent,
} from "@/server/timeline/mutations";
import { packEvent, unpackEvent, type EventCursor } from "@/lib/timeline/packed-events";
import type { TimelineEventView } from "@/lib/timeline/types";
import { FIRST_WINDOW, getTimeline, getTimelineEvent, getTimelineEvents } from "@/server/timeline/queries";
import { makeTeamWithRoles } from "./factories";

const pmInput = createPostmortemSchema.parse({
  title: "Agent recreated the production environment",
  severity: "SEV1",
  timeZone: "Europe/Berlin",
  startedAt: "2026-11-20T14:05",
  template: "blank",
});

/** Event fields as the client sends them (14:05 CET = 13:05Z). */
const fields = (over: Partial<EventFieldsInput> = {}) =>
  eventFieldsSchema.parse({
    occurredAt: "2026-11-20T13:10:00.000Z",
    type: "ACTION",
    description: "The agent ran `terraform destroy` on **prod**.",
    ...over,
  });

async function setup() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, pmInput);
  const agent = await db.actor.create({
    data: { postmortemId: pm.id, kind: "AI_AGENT", name: "Coding agent", role: "infra task" },
  });
  return { alpha, pm, agent };
}

describe("events", () => {
  it("creates with every field, lists in time order with claims and guardrails, audits", async () => {
    const { alpha, pm, agent } = await setup();
    const late = await createEvent(alpha.WRITER, pm.id, fields({ occurredAt: "2026-11-20T15:00:00Z" }));
    const { event } = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({
        actorId: agent.id,
        endedAt: "2026-11-20T13:20:00Z",
        knownAtTheTime: "Staging and prod shared a name prefix.",
        evidenceLinks: [{ url: "https://logs.example/run/1", label: "Run log" }, { url: "http://x.example" }],
        isDecisionPoint: true,
        decision: { known: "k", believed: "b", goal: "g", pressures: "p", options: "o", rationale: "r" },
        blastRadius: {
          resourcesTouched: ["prod-vpc", "prod-db", "prod-vpc"],
          environment: "PRODUCTION",
          crossedEnvironment: true,
          reversibility: "IRREVERSIBLE",
        },
      }),
    );
    expect(event).toMatchObject({
      actorId: agent.id,
      endedAt: "2026-11-20T13:20:00.000Z",
      evidenceLinks: [{ url: "https://logs.example/run/1", label: "Run log" }, { url: "http://x.example" }],
      isDecisionPoint: true,
      decision: { rationale: "r" },
      blastRadius: {
        resourcesTouched: ["prod-vpc", "prod-db"],
        environment: "PRODUCTION",
        crossedEnvironment: true,
      },
      version: 1,
    });
    await db.claim.create({
      data: {
        postmortemId: pm.id,
        eventId: event.id,
        statement: "Rollback is impossible",
        status: "REFUTED",
      },
    });
    const guardrail = await db.guardrail.create({
      data: { postmortemId: pm.id, name: "Two-person sign-off", kind: "approval gate", state: "BYPASSED" },
    });
    await db.guardrailEvent.create({ data: { guardrailId: guardrail.id, eventId: event.id } });

    const timeline = await getTimeline(alpha.VIEWER, pm.id);
    expect(timeline.events.map((e) => e.id)).toEqual([event.id, late.event.id]);
    expect(timeline.events[0]!.claims).toEqual([
      expect.objectContaining({ statement: "Rollback is impossible", status: "REFUTED" }),
    ]);
    expect(timeline.events[0]!.guardrails).toEqual([
      { id: guardrail.id, name: "Two-person sign-off", state: "BYPASSED" },
    ]);
    expect(timeline.actors).toEqual([
      { id: agent.id, kind: "AI_AGENT", name: "Coding agent", role: "infra task" },
    ]);
    expect(timeline.postmortem.incidentTimeZone).toBe("Europe/Berlin");
    expect(timeline.viewer).toMatchObject({ canEdit: false });
    expect((await getTimeline(alpha.WRITER, pm.id)).viewer.canEdit).toBe(true);
    const audit = await db.auditEvent.findFirst({
      where: { entityId: event.id, action: "timeline_event.created" },
    });
    expect(audit?.actorUserId).toBe(alpha.WRITER.userId);
  });

  it("validates input: description, links, end after start", () => {
    const bad = (over: Partial<EventFieldsInput>) =>
      eventFieldsSchema.safeParse({
        occurredAt: "2026-11-20T13:10:00Z",
        type: "ACTION",
        description: "x",
        ...over,
      });
    expect(bad({ description: "  " }).success).toBe(false);
    expect(bad({ description: "x".repeat(10_001) }).success).toBe(false);
    expect(bad({ evidenceLinks: [{ url: "javascript:alert(1)" }] }).success).toBe(false);
    expect(bad({ evidenceLinks: [{ url: "ftp://x.example" }] }).success).toBe(false);
    const end = bad({ endedAt: "2026-11-20T13:00:00Z" });
    expect(end.success).toBe(false);
    expect(end.error?.issues[0]?.path).toEqual(["endedAt"]);
    expect(bad({ occurredAt: "14:05" }).success).toBe(false);
    expect(bad({ type: "BLAME" as never }).success).toBe(false);
    expect(bad({}).success).toBe(true);
  });

  it("updates with the version; a stale save is a conflict carrying their event", async () => {
    const { alpha, pm } = await setup();
    const { event } = await createEvent(alpha.WRITER, pm.id, fields());
    const saved = await updateEvent(alpha.REVIEWER, pm.id, event.id, {
      baseVersion: 1,
      fields: fields({ description: "Theirs" }),
    });
    expect(saved.event).toMatchObject({ description: "Theirs", version: 2 });
    const error = await updateEvent(alpha.WRITER, pm.id, event.id, {
      baseVersion: 1,
      fields: fields({ description: "Mine" }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as EventConflictError).theirs).toMatchObject({ description: "Theirs", version: 2 });
    // Re-applying mine on top of theirs works.
    const mine = await updateEvent(alpha.WRITER, pm.id, event.id, {
      baseVersion: 2,
      fields: fields({ description: "Mine" }),
    });
    expect(mine.event.version).toBe(3);
  });

  it("refuses an actor from another postmortem", async () => {
    const { alpha, pm } = await setup();
    const other = await setup();
    await expect(createEvent(alpha.WRITER, pm.id, fields({ actorId: other.agent.id }))).rejects.toMatchObject(
      {
        field: "actorId",
      },
    );
    const { event } = await createEvent(alpha.WRITER, pm.id, fields());
    await expect(
      updateEvent(alpha.WRITER, pm.id, event.id, {
        baseVersion: 1,
        fields: fields({ actorId: other.agent.id }),
      }),
    ).rejects.toBeInstanceOf(RuleError);
  });

  it("deletes softly and restores", async () => {
    const { alpha, pm } = await setup();
    const { event } = await createEvent(alpha.WRITER, pm.id, fields());
    await deleteEvent(alpha.WRITER, pm.id, event.id);
    expect((await getTimeline(alpha.WRITER, pm.id)).events).toHaveLength(0);
    expect((await db.timelineEvent.findUniqueOrThrow({ where: { id: event.id } })).deletedAt).not.toBeNull();
    await expect(deleteEvent(alpha.WRITER, pm.id, event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateEvent(alpha.WRITER, pm.id, event.id, { baseVersion: 1, fields: fields() }),
    ).rejects.toBeInstanceOf(EventConflictError);
    const restored = await restoreEvent(alpha.WRITER, pm.id, event.id);
    expect(restored.event.id).toBe(event.id);
    expect((await getTimeline(alpha.WRITER, pm.id)).events).toHaveLength(1);
    await expect(restoreEvent(alpha.WRITER, pm.id, event.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pins and hides without touching other fields or the version", async () => {
    const { alpha, pm } = await setup();
    const { event } = await createEvent(alpha.WRITER, pm.id, fields());
    const pinned = await setEventFlags(alpha.WRITER, pm.id, event.id, { pinned: true });
    expect(pinned).toMatchObject({ pinned: true, hidden: false, version: 1, description: event.description });
    const hidden = await setEventFlags(alpha.WRITER, pm.id, event.id, { hidden: true });
    expect(hidden).toMatchObject({ pinned: true, hidden: true });
    // A text edit based on the same version still goes through and keeps the flags.
    const saved = await updateEvent(alpha.WRITER, pm.id, event.id, {
      baseVersion: 1,
      fields: fields({ description: "Edited" }),
    });
    expect(saved.event).toMatchObject({ pinned: true, hidden: true, description: "Edited" });
  });

  it("lets two people add events at the same moment", async () => {
    const { alpha, pm } = await setup();
    const results = await Promise.all([
      createEvent(alpha.WRITER, pm.id, fields({ description: "From browser one" })),
      createEvent(alpha.REVIEWER, pm.id, fields({ description: "From browser two" })),
      createEvent(alpha.MANAGER, pm.id, fields({ description: "From browser three" })),
    ]);
    expect(new Set(results.map((r) => r.event.id)).size).toBe(3);
    expect((await getTimeline(alpha.WRITER, pm.id)).events).toHaveLength(3);
  });
});

describe("milestones", () => {
  it("are set from events, follow the event's time, move between events, and give durations", async () => {
    const { alpha, pm } = await setup();
    const detected = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({ type: "DETECTION", occurredAt: "2026-11-20T13:20:00Z", milestone: "DETECTED" }),
    );
    expect(detected.milestones.detectedAt).toBe("2026-11-20T13:20:00.000Z");
    const moved = await updateEvent(alpha.WRITER, pm.id, detected.event.id, {
      baseVersion: 1,
      fields: fields({ type: "DETECTION", occurredAt: "2026-11-20T13:25:00Z", milestone: "DETECTED" }),
    });
    expect(moved.milestones.detectedAt).toBe("2026-11-20T13:25:00.000Z");
    const durations = deriveDurations({
      startedAt: new Date(moved.milestones.startedAt!),
      detectedAt: new Date(moved.milestones.detectedAt!),
    });
    expect(durations[0]).toMatchObject({
      label: "Time to detect",
      definition: "detected − started",
      ms: 20 * 60_000,
    });

    // Marking another event "detected" takes the marker away from the first.
    const other = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({ occurredAt: "2026-11-20T13:30:00Z", milestone: "DETECTED" }),
    );
    expect(other.milestones.detectedAt).toBe("2026-11-20T13:30:00.000Z");
    expect(other.changed.map((e) => [e.id, e.milestone, e.version])).toEqual([[detected.event.id, null, 3]]);

    // Unmarking clears the milestone.
    const cleared = await updateEvent(alpha.WRITER, pm.id, other.event.id, {
      baseVersion: 1,
      fields: fields({ occurredAt: "2026-11-20T13:30:00Z", milestone: null }),
    });
    expect(cleared.milestones.detectedAt).toBeNull();
  });

  it("rejects an order violation beside the field and changes nothing", async () => {
    const { alpha, pm } = await setup();
    // Detected before started (14:05 CET).
    const error = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({ occurredAt: "2026-11-20T13:00:00Z", milestone: "DETECTED" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleError);
    expect(error).toMatchObject({ field: "milestone", message: "Detected cannot be before started." });
    expect((await getTimeline(alpha.WRITER, pm.id)).events).toHaveLength(0);

    await setMilestone(alpha.WRITER, pm.id, { key: "mitigatedAt", value: "2026-11-20T15:00" });
    const ack = await createEvent(alpha.WRITER, pm.id, fields({ occurredAt: "2026-11-20T13:30:00Z" }));
    await expect(
      updateEvent(alpha.WRITER, pm.id, ack.event.id, {
        baseVersion: 1,
        fields: fields({ occurredAt: "2026-11-20T15:30:00Z", milestone: "ACKNOWLEDGED" }),
      }),
    ).rejects.toMatchObject({ field: "milestone", message: "Acknowledged cannot be after mitigated." });
    const row = await db.timelineEvent.findUniqueOrThrow({ where: { id: ack.event.id } });
    expect(row).toMatchObject({ version: 1, milestone: null });

    // Directly: started after mitigated is refused on that field.
    await expect(
      setMilestone(alpha.WRITER, pm.id, { key: "startedAt", value: "2026-11-20T16:00" }),
    ).rejects.toMatchObject({ field: "startedAt", message: "Started cannot be after mitigated." });
    await expect(
      setMilestone(alpha.WRITER, pm.id, { key: "resolvedAt", value: "2026-11-20T14:30" }),
    ).rejects.toMatchObject({ field: "resolvedAt", message: "Resolved cannot be before mitigated." });
  });

  it("set directly: in the incident zone, detaching the event that marked it", async () => {
    const { alpha, pm } = await setup();
    const marked = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({ occurredAt: "2026-11-20T13:20:00Z", milestone: "DETECTED" }),
    );
    const result = await setMilestone(alpha.WRITER, pm.id, { key: "detectedAt", value: "2026-11-20T14:40" });
    expect(result.milestones.detectedAt).toBe("2026-11-20T13:40:00.000Z");
    expect(result.changed).toEqual([expect.objectContaining({ id: marked.event.id, milestone: null })]);
    const clear = await setMilestone(alpha.WRITER, pm.id, { key: "detectedAt", value: "" });
    expect(clear.milestones.detectedAt).toBeNull();
  });

  it("set in the document's header form: an event marking it at another time is detached", async () => {
    const { alpha, pm } = await setup();
    const detected = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({ occurredAt: "2026-11-20T13:20:00Z", milestone: "DETECTED" }),
    );
    const mitigated = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({ occurredAt: "2026-11-20T14:00:00Z", milestone: "MITIGATED" }),
    );
    // Times in the header form are wall-clock times in Europe/Berlin.
    await saveHeader(
      alpha.WRITER,
      pm.id,
      saveHeaderSchema.parse({
        base: { detectedAt: "2026-11-20T14:20", mitigatedAt: "2026-11-20T15:00" },
        changes: { detectedAt: "2026-11-20T14:45", mitigatedAt: "2026-11-20T15:00" },
      }),
    );
    const markers = await db.timelineEvent.findMany({
      where: { id: { in: [detected.event.id, mitigated.event.id] } },
      select: { id: true, milestone: true },
    });
    expect(Object.fromEntries(markers.map((m) => [m.id, m.milestone]))).toEqual({
      [detected.event.id]: null,
      [mitigated.event.id]: "MITIGATED",
    });
    const timeline = await getTimeline(alpha.WRITER, pm.id);
    expect(timeline.milestones.detectedAt).toBe("2026-11-20T13:45:00.000Z");
  });

  it("delete clears the milestone; restore brings it back unless it was set since", async () => {
    const { alpha, pm } = await setup();
    const marked = await createEvent(
      alpha.WRITER,
      pm.id,
      fields({ occurredAt: "2026-11-20T13:20:00Z", milestone: "DETECTED" }),
    );
    const deleted = await deleteEvent(alpha.WRITER, pm.id, marked.event.id);
    expect(deleted.milestones.detectedAt).toBeNull();
    const restored = await restoreEvent(alpha.WRITER, pm.id, marked.event.id);
    expect(restored.milestones.detectedAt).toBe("2026-11-20T13:20:00.000Z");
    expect(restored.event.milestone).toBe("DETECTED");
    expect(restored.notice).toBeUndefined();

    await deleteEvent(alpha.WRITER, pm.id, marked.event.id);
    await setMilestone(alpha.WRITER, pm.id, { key: "detectedAt", value: "2026-11-20T14:50" });
    const again = await restoreEvent(alpha.WRITER, pm.id, marked.event.id);
    expect(again.event.milestone).toBeNull();
    expect(again.milestones.detectedAt).toBe("2026-11-20T13:50:00.000Z");
  });
});

describe("access", () => {
  it("viewers may read but not write", async () => {
    const { alpha, pm } = await setup();
    const { event } = await createEvent(alpha.WRITER, pm.id, fields());
    expect((await getTimeline(alpha.VIEWER, pm.id)).events).toHaveLength(1);
    const v = alpha.VIEWER;
    await expect(createEvent(v, pm.id, fields())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateEvent(v, pm.id, event.id, { baseVersion: 1, fields: fields() }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteEvent(v, pm.id, event.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setEventFlags(v, pm.id, event.id, { pinned: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setMilestone(v, pm.id, { key: "detectedAt", value: "" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("another team gets not-found for the read and every write", async () => {
    const { alpha, pm } = await setup();
    const { event } = await createEvent(alpha.WRITER, pm.id, fields());
    await deleteEvent(alpha.WRITER, pm.id, (await createEvent(alpha.WRITER, pm.id, fields())).event.id);
    const beta = await makeTeamWithRoles();
    const b = beta.ADMIN;
    await expect(getTimeline(b, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTimelineEvents(b, pm.id, { after: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTimelineEvent(b, pm.id, event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getTimelineEvents(b, pm.id, { after: { at: event.occurredAt, id: event.id } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(createEvent(b, pm.id, fields())).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateEvent(b, pm.id, event.id, { baseVersion: 1, fields: fields() }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteEvent(b, pm.id, event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreEvent(b, pm.id, event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setEventFlags(b, pm.id, event.id, { hidden: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setMilestone(b, pm.id, { key: "detectedAt", value: "" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // Nor through their own postmortem.
    const theirs = await createPostmortem(beta.WRITER, beta.team.id, pmInput);
    await expect(
      updateEvent(beta.WRITER, theirs.id, event.id, { baseVersion: 1, fields: fields() }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteEvent(beta.WRITER, theirs.id, event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setEventFlags(beta.WRITER, theirs.id, event.id, { pinned: true })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db.timelineEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      pinned: false,
      hidden: false,
      deletedAt: null,
      version: 1,
    });
  });

  it("a published postmortem's timeline is read-only", async () => {
    const { alpha, pm } = await setup();
    const { event } = await createEvent(alpha.WRITER, pm.id, fields());
    await db.postmortem.update({ where: { id: pm.id }, data: { status: "PUBLISHED" } });
    const w = alpha.WRITER;
    expect((await getTimeline(w, pm.id)).viewer.canEdit).toBe(false);
    await expect(createEvent(w, pm.id, fields())).rejects.toBeInstanceOf(RuleError);
    await expect(
      updateEvent(w, pm.id, event.id, { baseVersion: 1, fields: fields() }),
    ).rejects.toBeInstanceOf(RuleError);
    await expect(deleteEvent(w, pm.id, event.id)).rejects.toBeInstanceOf(RuleError);
    await expect(setEventFlags(w, pm.id, event.id, { pinned: true })).rejects.toBeInstanceOf(RuleError);
    await expect(setMilestone(w, pm.id, { key: "detectedAt", value: "" })).rejects.toBeInstanceOf(RuleError);
  });
});

describe("a timeline of 2,000 events", () => {
  // The page sends the first window with its HTML; the rest loads after hydration.
  const PROPS_BUDGET = 25_000; // bytes of JSON: the page's HTML must stay well under 500 KB

  /** What the page and the pages of the rest carry: the row's fields, empty details. */
  const partialOf = (e: TimelineEventView): TimelineEventView => ({
    ...e,
    knownAtTheTime: "",
    evidenceLinks: [],
    decision: { known: "", believed: "", goal: "", pressures: "", options: "", rationale: "" },
    blastRadius: {
      resourcesTouched: [],
      environment: null,
      crossedEnvironment: e.blastRadius.crossedEnvironment,
      reversibility: null,
    },
    partial: true,
  });

  async function seed() {
    const { alpha, pm, agent } = await setup();
    const start = Date.UTC(2026, 10, 20, 13, 5);
    await db.timelineEvent.createMany({
      data: Array.from({ length: 2_002 }, (_, i) => ({
        postmortemId: pm.id,
        // three events share each time, so pages also break inside ties
        occurredAt: new Date(start + Math.floor(i / 3) * 60_000),
        type: "ACTION" as const,
        actorId: i % 2 ? agent.id : null,
        description: `Event ${i}: the deploy pipeline reported **step ${i % 17}** finished.`,
        evidenceLinks: i % 5 === 0 ? [{ url: `https://ci.example/run/${i}`, label: "Run log" }] : [],
        hidden: i % 40 === 0,
        deletedAt: i % 1000 === 999 ? new Date() : null, // two deleted: 2,000 remain
      })),
    });
    return { alpha, pm };
  }

  it("the page gets the first window within its byte budget; the rest arrives in pages, in order", async () => {
    const { alpha, pm } = await seed();
    const all = await getTimeline(alpha.VIEWER, pm.id);
    expect(all.events).toHaveLength(2_000);

    const page = await getTimeline(alpha.VIEWER, pm.id, { first: FIRST_WINDOW });
    expect(page.events).toEqual(all.events.slice(0, FIRST_WINDOW).map(partialOf));
    expect(page.total).toBe(2_000);
    expect(page.latestAt).toBe(all.events.at(-1)!.occurredAt);
    const props = JSON.stringify({
      initialEvents: page.events.map(packEvent),
      total: page.total,
      latestAt: page.latestAt,
      actors: page.actors,
      milestones: page.milestones,
    });
    expect(Buffer.byteLength(props)).toBeLessThan(PROPS_BUDGET);

    const rest = [];
    const last = page.events.at(-1)!;
    let after: EventCursor | null = { at: last.occurredAt, id: last.id };
    while (after) {
      const next = await getTimelineEvents(alpha.VIEWER, pm.id, { after, limit: 700 });
      expect(next.events.length).toBeLessThanOrEqual(700);
      rest.push(...next.events.map(unpackEvent));
      after = next.next;
    }
    expect(rest).toEqual(all.events.slice(FIRST_WINDOW).map(partialOf));
    // The 1,500th event (beyond the first window) is there, as a hash link needs it.
    expect(rest.map((e) => e.id)).toContain(all.events[1_499]!.id);
    // Details and Edit load the event in full.
    const full = await getTimelineEvent(alpha.VIEWER, pm.id, all.events[1_499]!.id);
    expect(full).toEqual(all.events[1_499]);
    expect(full.evidenceLinks).toHaveLength(1); // seeded on every fifth event
    const deleted = await db.timelineEvent.findFirstOrThrow({
      where: { postmortemId: pm.id, deletedAt: { not: null } },
    });
    await expect(getTimelineEvent(alpha.VIEWER, pm.id, deleted.id)).rejects.toBeInstanceOf(NotFoundError);

    const everything = await getTimelineEvents(alpha.VIEWER, pm.id, { after: null });
    expect(everything.events).toHaveLength(1_000);
    expect(everything.next).toEqual({ at: all.events[999]!.occurredAt, id: all.events[999]!.id });
  });
});
