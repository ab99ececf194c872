import { describe, expect, it } from "vitest";
import { blankEvent } from "./test-event";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "./types";
import {
  NO_ACTOR_LANE,
  computePhases,
  desktopGeometry,
  layoutTimeline,
  prepareTimeline,
  summarize,
  zoomPresets,
} from "./visual-layout";

const ZONE = "Europe/Berlin";
const base = Date.parse("2026-11-20T13:00:00Z"); // 14:00 CET
const MIN = 60_000;
const iso = (minutes: number) => new Date(base + minutes * MIN).toISOString();

const noMilestones: MilestoneTimes = {
  startedAt: null,
  detectedAt: null,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
};

let seq = 0;
function event(
  minutes: number,
  actorId: string | null,
  over: Partial<TimelineEventView> = {},
): TimelineEventView {
  seq += 1;
  return {
    ...blankEvent,
    id: `e${String(seq).padStart(4, "0")}`,
    occurredAt: iso(minutes),
    actorId,
    description: "Something happened",
    ...over,
  };
}

const actors: TimelineActor[] = [
  { id: "agent", kind: "AI_AGENT", name: "Deploy agent", role: "coding agent" },
  { id: "oncall", kind: "PERSON", name: "On-call engineer", role: "SRE" },
  { id: "ci", kind: "AUTOMATION", name: "CI pipeline", role: "" },
  { id: "lead", kind: "PERSON", name: "Incident lead", role: "" },
  { id: "aws", kind: "EXTERNAL_SERVICE", name: "AWS", role: "" },
  { id: "idle", kind: "PERSON", name: "Another person", role: "" },
];

describe("lanes", () => {
  it("groups people, automation, AI agents, external services, then no actor; ordered by first event", () => {
    const p = prepareTimeline(
      [
        event(10, "lead"),
        event(5, "agent"),
        event(2, "oncall"),
        event(3, null),
        event(4, "ci"),
        event(1, "gone"),
      ],
      actors,
      noMilestones,
      ZONE,
    );
    expect(p.groups.map((g) => g.label)).toEqual([
      "People",
      "Automation",
      "AI agents",
      "External services",
      "No actor",
    ]);
    expect(p.groups[0]!.lanes.map((l) => l.name)).toEqual([
      "On-call engineer",
      "Incident lead",
      "Another person",
    ]);
    // An event whose actor is unknown goes to the "No actor" lane.
    expect(p.events.filter((e) => e.lane === NO_ACTOR_LANE)).toHaveLength(2);
  });

  it("orders actors without events by name, and has no 'No actor' lane when every event has one", () => {
    const p = prepareTimeline([event(1, "agent")], actors, noMilestones, ZONE);
    expect(p.groups[0]!.lanes.map((l) => l.name)).toEqual([
      "Another person",
      "Incident lead",
      "On-call engineer",
    ]);
    expect(p.groups.some((g) => g.key === "NONE")).toBe(false);
  });

  it("does not draw hidden events (nor order lanes by them)", () => {
    const p = prepareTimeline(
      [
        event(1, "lead", { hidden: true }),
        event(2, "oncall"),
        event(3, "lead"),
        event(4, null, { hidden: true }),
      ],
      actors,
      noMilestones,
      ZONE,
    );
    expect(p.events.map((e) => e.t)).toEqual([base + 2 * MIN, base + 3 * MIN]);
    expect(p.groups[0]!.lanes.map((l) => l.key)).toEqual(["oncall", "lead", "idle"]);
    expect(p.groups.some((g) => g.key === "NONE")).toBe(false);
  });
});

describe("markers", () => {
  it("flags refuted claims, decision points, pins and milestones in the accessible name", () => {
    const p = prepareTimeline(
      [
        event(5, "agent", {
          description: "**Claimed** rollback is impossible, see [log](https://x.test)",
          claims: [
            { id: "c1", statement: "Rollback is impossible", status: "REFUTED" },
            { id: "c2", statement: "x", status: "VERIFIED" },
          ],
          isDecisionPoint: true,
          pinned: true,
          milestone: "DETECTED",
        }),
        event(30, "oncall", { claims: [{ id: "c3", statement: "y", status: "UNKNOWN" }] }),
      ],
      actors,
      noMilestones,
      ZONE,
    );
    const layout = layoutTimeline(p, p.bounds!, desktopGeometry);
    const [agent, person] = [...layout.markers].sort((a, b) => a.from - b.from);
    expect(agent).toMatchObject({ refuted: true, decision: true, pinned: true, milestone: "DETECTED" });
    expect(agent!.label).toBe(
      "14:05 CET · Action · Deploy agent · Claimed rollback is impossible, see log · milestone: detected · decision point · refuted claim · pinned",
    );
    expect(person).toMatchObject({ refuted: false, decision: false, pinned: false, milestone: null });
    // Each marker sits in its actor's lane.
    const laneY = new Map(layout.groups.flatMap((g) => g.lanes.map((l) => [l.key, l.y + l.height / 2])));
    expect(agent!.y).toBe(laneY.get("agent"));
    expect(person!.y).toBe(laneY.get("oncall"));
  });

  it("adds the date to labels when the incident spans days", () => {
    const p = prepareTimeline([event(0, "ci"), event(3 * 24 * 60, "ci")], actors, noMilestones, ZONE);
    expect(p.spansDays).toBe(true);
    const labels = layoutTimeline(p, p.bounds!, desktopGeometry).markers.map((m) => m.label);
    expect(labels[0]).toMatch(/^20 Nov 14:00 CET · Action · CI pipeline/);
    expect(labels[1]).toMatch(/^23 Nov 14:00 CET/);
  });

  it("draws events with an end time as bars and keeps bars that only overlap the range", () => {
    const p = prepareTimeline(
      [event(0, "ci", { endedAt: iso(60) }), event(90, "ci"), event(10, "oncall", { endedAt: iso(5) })],
      actors,
      noMilestones,
      ZONE,
    );
    const full = layoutTimeline(p, p.bounds!, desktopGeometry);
    const bar = full.markers.find((m) => m.key === p.events[0]!.id)!;
    expect(bar.xEnd).toBeGreaterThan(bar.x);
    // An end before the start is ignored.
    expect(full.markers.find((m) => m.lane === "oncall")!.xEnd).toBeNull();
    const zoomed = layoutTimeline(p, { start: base + 30 * MIN, end: base + 100 * MIN }, desktopGeometry);
    expect(zoomed.markers.map((m) => m.events[0]!.t)).toEqual([base, base + 90 * MIN]);
    expect(zoomed.markers[0]!.x).toBeLessThan(0);
  });

  it("clusters markers that would overlap at this zoom and separates them when zoomed in", () => {
    const events = [
      ...Array.from({ length: 5 }, (_, i) => event(60 + i * 0.5, "agent")),
      event(60.2, "oncall"),
      event(0, "agent"),
      event(180, "agent"),
    ];
    const p = prepareTimeline(events, actors, noMilestones, ZONE);
    const whole = layoutTimeline(p, p.bounds!, desktopGeometry);
    const agentMarkers = whole.markers.filter((m) => m.lane === "agent").sort((a, b) => a.from - b.from);
    expect(agentMarkers.map((m) => m.events.length)).toEqual([1, 5, 1]);
    expect(agentMarkers[1]!.label).toBe("5 events · Deploy agent · 15:00 – 15:02 CET");
    // Another lane at the same time is not merged in.
    expect(whole.markers.filter((m) => m.lane === "oncall")).toHaveLength(1);

    const zoomed = layoutTimeline(p, { start: base + 59 * MIN, end: base + 63 * MIN }, desktopGeometry);
    expect(zoomed.markers.filter((m) => m.lane === "agent").map((m) => m.events.length)).toEqual([
      1, 1, 1, 1, 1,
    ]);
  });

  it("limits a cluster's width so a dense lane shows several counts", () => {
    const events = Array.from({ length: 400 }, (_, i) => event(i, "ci"));
    const p = prepareTimeline(events, actors, noMilestones, ZONE);
    const layout = layoutTimeline(p, p.bounds!, desktopGeometry);
    expect(layout.markers.length).toBeGreaterThan(10);
    expect(layout.markers.reduce((n, m) => n + m.events.length, 0)).toBe(400);
    for (const m of layout.markers) expect(m.xLast - m.x).toBeLessThan(desktopGeometry.maxClusterWidth);
  });

  it("keeps events at the same instant in one cluster even at the deepest zoom", () => {
    const events = Array.from({ length: 4 }, () => event(10, "agent"));
    const p = prepareTimeline(events, actors, noMilestones, ZONE);
    expect(p.bounds).toEqual({ start: base + 5 * MIN, end: base + 15 * MIN });
    const layout = layoutTimeline(
      p,
      { start: base + 10 * MIN - 15_000, end: base + 10 * MIN + 15_000 },
      desktopGeometry,
    );
    expect(layout.markers).toHaveLength(1);
    expect(layout.markers[0]!.label).toBe("4 events · Deploy agent · 14:10 CET");
  });

  it("lays out 2,000 events quickly (printed, not asserted)", () => {
    const events = Array.from({ length: 2000 }, (_, i) =>
      event((i * 3 * 24 * 60) / 2000, actors[i % actors.length]!.id, { pinned: i % 50 === 0 }),
    );
    const t0 = performance.now();
    const p = prepareTimeline(events, actors, noMilestones, ZONE);
    const t1 = performance.now();
    layoutTimeline(p, p.bounds!, desktopGeometry);
    const t1b = performance.now();
    const layout = layoutTimeline(p, p.bounds!, desktopGeometry);
    const t2 = performance.now();
    const zoomed = layoutTimeline(p, { start: base, end: base + 6 * 60 * MIN }, desktopGeometry);
    const t3 = performance.now();
    console.log(
      `visual timeline, 2,000 events: prepare ${(t1 - t0).toFixed(1)} ms, first layout ${(t1b - t1).toFixed(1)} ms, again ${(t2 - t1b).toFixed(1)} ms ` +
        `(${layout.markers.length} markers), zoomed layout ${(t3 - t2).toFixed(1)} ms (${zoomed.markers.length} markers)`,
    );
    expect(layout.markers.length).toBeLessThan(2000);
  });
});

describe("milestones and phases", () => {
  const all: MilestoneTimes = {
    startedAt: iso(0),
    detectedAt: iso(12),
    acknowledgedAt: iso(15),
    mitigatedAt: iso(75),
    resolvedAt: iso(195),
  };

  it("spans detection, mitigation and resolution with their durations, and the total", () => {
    expect(computePhases(all).map((p) => [p.key, p.label, p.duration, p.row])).toEqual([
      ["detect", "Time to detect", "12 min", 0],
      ["mitigate", "Mitigation", "1 h 3 min", 0],
      ["resolve", "Resolution", "2 h", 0],
      ["total", "Time to resolve (total)", "3 h 15 min", 1],
    ]);
  });

  it("leaves out phases whose milestones are missing or out of order", () => {
    expect(computePhases(noMilestones)).toEqual([]);
    // No detection: mitigation starts at acknowledgement.
    expect(computePhases({ ...all, detectedAt: null }).map((p) => [p.key, p.from])).toEqual([
      ["mitigate", base + 15 * MIN],
      ["resolve", base + 75 * MIN],
      ["total", base],
    ]);
    // Not resolved yet: the total runs to mitigation.
    expect(computePhases({ ...all, resolvedAt: null }).map((p) => p.label)).toEqual([
      "Time to detect",
      "Mitigation",
      "Time to mitigate (so far)",
    ]);
    expect(computePhases({ ...all, startedAt: null }).map((p) => p.key)).toEqual(["mitigate", "resolve"]);
    // Detected before started (an invalid order flagged elsewhere) is not drawn backwards.
    expect(computePhases({ ...all, detectedAt: iso(-5) }).map((p) => p.key)).toEqual([
      "mitigate",
      "resolve",
      "total",
    ]);
    expect(computePhases({ ...all, mitigatedAt: iso(5) }).map((p) => p.key)).toEqual([
      "detect",
      "resolve",
      "total",
    ]);
  });

  it("places milestone lines, staggers close labels, and clips phases to the range", () => {
    const p = prepareTimeline([event(30, "oncall")], actors, all, ZONE);
    expect(p.bounds!.start).toBeLessThan(base);
    expect(p.bounds!.end).toBeGreaterThan(base + 195 * MIN);
    const layout = layoutTimeline(p, p.bounds!, desktopGeometry);
    expect(layout.milestones.map((m) => m.label)).toEqual([
      "Started",
      "Detected",
      "Acknowledged",
      "Mitigated",
      "Resolved",
    ]);
    // Detected and acknowledged are three minutes apart: their labels go on different rows.
    const row = (label: string) => layout.milestones.find((m) => m.label === label)!.row;
    expect(row("Detected")).not.toBe(row("Acknowledged"));
    expect(row("Mitigated")).toBe(0);
    // Labels on one row never overlap (about 6.6 px per character at 11 px).
    for (const r of [0, 1, 2]) {
      const onRow = layout.milestones.filter((m) => m.row === r);
      for (let i = 1; i < onRow.length; i++)
        expect(onRow[i]!.labelX).toBeGreaterThanOrEqual(
          onRow[i - 1]!.labelX + onRow[i - 1]!.label.length * 6.6,
        );
    }
    const zoomed = layoutTimeline(p, { start: base + 60 * MIN, end: base + 120 * MIN }, desktopGeometry);
    expect(zoomed.milestones.map((m) => m.label)).toEqual(["Mitigated"]);
    const resolve = zoomed.phases.find((ph) => ph.key === "resolve")!;
    expect(resolve).toMatchObject({ clippedStart: false, clippedEnd: true, x2: desktopGeometry.width });
    expect(zoomed.phases.map((ph) => ph.key)).toEqual(["mitigate", "resolve", "total"]);
    expect(zoomed.phases.find((ph) => ph.key === "total")!.y).toBeGreaterThan(resolve.y);
  });

  it("offers the incident window and each phase as zoom presets", () => {
    const p = prepareTimeline([event(30, "oncall")], actors, all, ZONE);
    expect(zoomPresets(p).map((z) => z.label)).toEqual([
      "Incident window",
      "Detection",
      "Mitigation",
      "Resolution",
    ]);
    expect(zoomPresets(prepareTimeline([event(1, "ci")], actors, noMilestones, ZONE))).toEqual([]);
  });
});

describe("summaries", () => {
  it("strips Markdown and cuts at a word", () => {
    expect(summarize("Ran `terraform destroy` on **prod**")).toBe("Ran terraform destroy on prod");
    expect(summarize("word ".repeat(30), 20)).toBe("word word word word…");
    expect(summarize("# Heading\n> quoted <b>bold</b> 3 > 2\n- item")).toBe("Heading quoted bold 3 > 2 item");
  });
});

describe("milestone labels when milestones crowd together", () => {
  it("uses up to three rows, then moves the label right of its line", () => {
    const crowded: MilestoneTimes = {
      startedAt: iso(0),
      detectedAt: iso(0.2),
      acknowledgedAt: iso(0.4),
      mitigatedAt: iso(0.6),
      resolvedAt: iso(3 * 24 * 60),
    };
    const p = prepareTimeline([event(1, "ci")], actors, crowded, ZONE);
    const layout = layoutTimeline(p, p.bounds!, desktopGeometry);
    expect(layout.milestones.slice(0, 3).map((m) => m.row)).toEqual([0, 1, 2]);
    const mitigated = layout.milestones.find((m) => m.key === "mitigatedAt")!;
    expect(mitigated.labelX).toBeGreaterThan(mitigated.x);
    // Lanes start below the third label row.
    expect(layout.lanesTop).toBeGreaterThan(mitigated.labelY);
  });

  it("trims neighbouring cluster pills so they do not overlap", () => {
    const events = Array.from({ length: 600 }, (_, i) => event(i * 0.5, "agent"));
    const p = prepareTimeline(events, actors, noMilestones, ZONE);
    const pills = layoutTimeline(p, p.bounds!, desktopGeometry).markers.sort((a, b) => a.x - b.x);
    for (let i = 1; i < pills.length; i++) expect(pills[i]!.left).toBeGreaterThan(pills[i - 1]!.right);
  });
});
