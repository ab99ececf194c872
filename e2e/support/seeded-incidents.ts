// The incidents e2e/support/factories.ts writes before the run, one per test
// that opens it (see world.ts). Times are the incident's own (Europe/Berlin,
// CET in November).
import type { SeededIncident } from "./factories";

const berlin = (local: string) => `${local}+01:00`;

export const seededIncidents = {
  /** visual-timeline.spec.ts: the empty state. */
  visualEmpty: {
    id: "e2evisualempty",
    title: "Visual timeline, no events yet",
    timeZone: "Europe/Berlin",
    startedAt: berlin("2026-11-20T14:05:00"),
    actors: [],
    events: [],
  },
  /** visual-timeline.spec.ts: lanes, milestones, phases, zoom and click-through (1 hour). */
  visualLanes: {
    id: "e2evisuallanes",
    title: "Visual timeline, an hour with three kinds of actor",
    timeZone: "Europe/Berlin",
    startedAt: berlin("2026-11-20T14:05:00"),
    detectedAt: berlin("2026-11-20T14:21:00"),
    mitigatedAt: berlin("2026-11-20T14:41:00"),
    resolvedAt: berlin("2026-11-20T15:06:00"),
    actors: [
      { kind: "PERSON", name: "On-call engineer" },
      { kind: "AUTOMATION", name: "CI pipeline" },
      { kind: "AI_AGENT", name: "Deploy agent" },
    ],
    events: [
      {
        at: berlin("2026-11-20T14:05:00"),
        type: "ACTION",
        actor: "Deploy agent",
        description: "Agent began cleanup",
      },
      {
        at: berlin("2026-11-20T14:08:00"),
        type: "DECISION",
        actor: "Deploy agent",
        description: "Agent chose to recreate the stack",
      },
      {
        at: berlin("2026-11-20T14:09:00"),
        type: "ACTION",
        actor: "CI pipeline",
        description: "Pipeline ran terraform destroy",
      },
      {
        at: berlin("2026-11-20T14:17:00"),
        type: "ALERT",
        actor: "CI pipeline",
        description: "Health checks failing",
      },
      {
        at: berlin("2026-11-20T14:21:00"),
        type: "DETECTION",
        actor: "On-call engineer",
        description: "On-call paged",
      },
      {
        at: berlin("2026-11-20T14:41:00"),
        type: "MITIGATION",
        actor: "On-call engineer",
        description: "Restored from backup",
      },
      {
        at: berlin("2026-11-20T15:06:00"),
        type: "RESOLUTION",
        actor: "On-call engineer",
        description: "Traffic back to normal",
      },
      { at: berlin("2026-11-20T15:11:00"), type: "COMMUNICATION", description: "Status page updated" },
    ],
  },
  /** visual-timeline.spec.ts: seconds on the axis (2 minutes). */
  twoMinutes: {
    id: "e2evisualtwominutes",
    title: "Visual timeline, two minutes",
    timeZone: "Europe/Berlin",
    startedAt: berlin("2026-11-20T14:05:00"),
    detectedAt: berlin("2026-11-20T14:05:20"),
    resolvedAt: berlin("2026-11-20T14:07:00"),
    actors: [
      { kind: "AUTOMATION", name: "Autoscaler" },
      { kind: "PERSON", name: "On-call engineer" },
    ],
    events: [
      {
        at: berlin("2026-11-20T14:05:00"),
        type: "ACTION",
        actor: "Autoscaler",
        description: "Autoscaler removed three nodes",
      },
      {
        at: berlin("2026-11-20T14:05:20"),
        type: "ALERT",
        actor: "Autoscaler",
        description: "Error rate alarm",
      },
      {
        at: berlin("2026-11-20T14:05:45"),
        type: "MITIGATION",
        actor: "On-call engineer",
        description: "Scaled back up",
      },
      {
        at: berlin("2026-11-20T14:06:55"),
        type: "RESOLUTION",
        actor: "On-call engineer",
        description: "Errors gone",
      },
    ],
  },
  /** visual-timeline.spec.ts: dates on the axis, durations in days (3 days). */
  threeDays: {
    id: "e2evisualthreedays",
    title: "Visual timeline, three days",
    timeZone: "Europe/Berlin",
    startedAt: berlin("2026-11-20T09:00:00"),
    detectedAt: berlin("2026-11-21T08:15:00"),
    mitigatedAt: berlin("2026-11-22T13:00:00"),
    resolvedAt: berlin("2026-11-23T10:00:00"),
    actors: [
      { kind: "AI_AGENT", name: "Migration agent" },
      { kind: "PERSON", name: "Database engineer" },
    ],
    events: [
      {
        at: berlin("2026-11-20T09:00:00"),
        type: "ACTION",
        actor: "Migration agent",
        description: "Agent started the migration",
      },
      {
        at: berlin("2026-11-20T18:30:00"),
        type: "ACTION",
        actor: "Migration agent",
        description: "Agent reported success",
      },
      {
        at: berlin("2026-11-21T08:15:00"),
        type: "DETECTION",
        actor: "Database engineer",
        description: "Reports of missing rows",
      },
      {
        at: berlin("2026-11-22T13:00:00"),
        type: "MITIGATION",
        actor: "Database engineer",
        description: "Rows restored",
      },
      {
        at: berlin("2026-11-23T10:00:00"),
        type: "RESOLUTION",
        actor: "Database engineer",
        description: "Backfill verified",
      },
    ],
  },
  /** timeline.spec.ts: 2,000 events, 37 s apart; the page sends the first window, the rest load after. */
  longTimeline: {
    id: "e2elongtimeline",
    title: "A timeline of 2,000 events",
    timeZone: "Europe/Berlin",
    startedAt: berlin("2026-11-20T14:05:00"),
    actors: [
      { kind: "AUTOMATION", name: "CI pipeline" },
      { kind: "AI_AGENT", name: "Deploy agent" },
    ],
    events: Array.from({ length: 2_000 }, (_, i) => ({
      id: longTimelineEventId(i),
      at: new Date(Date.parse(berlin("2026-11-20T14:05:00")) + i * 37_000).toISOString(),
      type: i % 10 === 0 ? ("DECISION" as const) : ("ACTION" as const),
      actor: i % 2 ? "CI pipeline" : "Deploy agent",
      description: `Long timeline event ${i + 1}: the pipeline reported **step ${i % 17}** finished.`,
    })),
  },
} satisfies Record<string, SeededIncident>;

/** The fixed id of the long timeline's event at `index` (0-based, in time order). */
export function longTimelineEventId(index: number): string {
  return `e2elongevent${String(index + 1).padStart(4, "0")}`;
}
