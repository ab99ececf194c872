// Pure layout of the visual timeline: lanes per actor grouped by kind,
// markers (clustered when they would overlap at the current zoom), milestone
// lines and the phases between milestones. The component only draws this.
import { scaleUtc } from "d3-scale";
import { milestoneKeys, milestoneLabels, type MilestoneKey } from "@/lib/milestones";
import { formatDuration } from "@/lib/time";
import {
  actorKinds,
  eventTypeLabels,
  type ActorKind,
  type EventMilestone,
  type EventType,
  type MilestoneTimes,
  type TimelineActor,
  type TimelineEventView,
} from "@/lib/timeline/types";
import {
  computeTicks,
  formatDay,
  formatMoment,
  paddedRange,
  timeUnits,
  type Tick,
  type TimeRange,
} from "@/lib/timeline/visual-scale";

export type LaneGroupKey = ActorKind | "NONE";

export const laneGroupOrder: LaneGroupKey[] = [...actorKinds, "NONE"];
export const laneGroupLabels: Record<LaneGroupKey, string> = {
  PERSON: "People",
  AUTOMATION: "Automation",
  AI_AGENT: "AI agents",
  EXTERNAL_SERVICE: "External services",
  NONE: "No actor",
};

export const NO_ACTOR_LANE = "none";

export type Lane = { key: string; actorId: string | null; name: string; role: string; group: LaneGroupKey };
export type LaneGroup = { key: LaneGroupKey; label: string; lanes: Lane[] };

/** An event reduced to what the chart needs, times in epoch ms. */
export type PreparedEvent = {
  id: string;
  t: number;
  end: number | null;
  lane: string;
  group: LaneGroupKey;
  type: EventType;
  actorName: string;
  summary: string;
  refuted: boolean;
  decision: boolean;
  pinned: boolean;
  milestone: EventMilestone | null;
};

export type PhaseKey = "detect" | "mitigate" | "resolve" | "total";
export type Phase = { key: PhaseKey; label: string; from: number; to: number; duration: string; row: 0 | 1 };
export type MilestoneMark = { key: MilestoneKey; label: string; t: number };

export type PreparedTimeline = {
  events: PreparedEvent[];
  groups: LaneGroup[];
  milestones: MilestoneMark[];
  phases: Phase[];
  /** Everything there is to show, padded; null when nothing has a time. */
  bounds: TimeRange | null;
  /** True when the incident crosses a local day: times are then shown with their date. */
  spansDays: boolean;
  zone: string;
};

export const milestoneEventLabels: Record<EventMilestone, string> = {
  STARTED: "Started",
  DETECTED: "Detected",
  ACKNOWLEDGED: "Acknowledged",
  MITIGATED: "Mitigated",
  RESOLVED: "Resolved",
};

/** The first few words of a Markdown description, without the markup. */
export function summarize(description: string, maxChars = 60): string {
  const plain = description
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, "")
    .replace(/^\s*(?:[#>]+|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[`*_~|]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= maxChars) return plain;
  const cut = plain.slice(0, maxChars);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const time = (iso: string | null | undefined) => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
};

/**
 * Lanes: one per actor, grouped People / Automation / AI agents / External
 * services, each group ordered by the actor's first visible event (actors with
 * no event after, by name); a "No actor" lane when some event has no (known) actor.
 */
export function buildLanes(events: { lane: string; t: number }[], actors: TimelineActor[]): LaneGroup[] {
  const firstSeen = new Map<string, number>();
  let noActor = false;
  for (const e of events) {
    if (e.lane === NO_ACTOR_LANE) noActor = true;
    else if (!firstSeen.has(e.lane) || e.t < firstSeen.get(e.lane)!) firstSeen.set(e.lane, e.t);
  }
  const order = (a: TimelineActor, b: TimelineActor) => {
    const fa = firstSeen.get(a.id);
    const fb = firstSeen.get(b.id);
    if (fa !== undefined && fb !== undefined && fa !== fb) return fa - fb;
    if (fa !== undefined && fb === undefined) return -1;
    if (fa === undefined && fb !== undefined) return 1;
    return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  };
  const groups: LaneGroup[] = [];
  for (const kind of actorKinds) {
    const lanes = actors
      .filter((a) => a.kind === kind)
      .sort(order)
      .map((a) => ({ key: a.id, actorId: a.id, name: a.name, role: a.role, group: kind }));
    if (lanes.length) groups.push({ key: kind, label: laneGroupLabels[kind], lanes });
  }
  if (noActor)
    groups.push({
      key: "NONE",
      label: laneGroupLabels.NONE,
      lanes: [{ key: NO_ACTOR_LANE, actorId: null, name: "No actor", role: "", group: "NONE" }],
    });
  return groups;
}

/** Milestones that are set, in canonical order. */
export function milestoneMarks(milestones: MilestoneTimes): MilestoneMark[] {
  const marks: MilestoneMark[] = [];
  for (const key of milestoneKeys) {
    const t = time(milestones[key]);
    if (t !== null) marks.push({ key, label: milestoneLabels[key], t });
  }
  return marks;
}

/**
 * Phases between milestones: detection (started → detected), mitigation
 * (detected, or acknowledged, → mitigated), resolution (mitigated → resolved),
 * and the total on a second row. A phase whose ends are missing or out of
 * order is left out rather than drawn backwards.
 */
export function computePhases(milestones: MilestoneTimes): Phase[] {
  const started = time(milestones.startedAt);
  const detected = time(milestones.detectedAt);
  const acknowledged = time(milestones.acknowledgedAt);
  const mitigated = time(milestones.mitigatedAt);
  const resolved = time(milestones.resolvedAt);
  const phases: Phase[] = [];
  const add = (key: PhaseKey, label: string, from: number | null, to: number | null, row: 0 | 1) => {
    if (from === null || to === null || to < from) return;
    phases.push({ key, label, from, to, duration: formatDuration(to - from), row });
  };
  add("detect", "Time to detect", started, detected, 0);
  add("mitigate", "Mitigation", detected ?? acknowledged, mitigated, 0);
  add("resolve", "Resolution", mitigated, resolved, 0);
  if (resolved !== null) add("total", "Time to resolve (total)", started, resolved, 1);
  else if (mitigated !== null) add("total", "Time to mitigate (so far)", started, mitigated, 1);
  return phases;
}

/** Parses, filters (hidden events are not drawn) and sorts the events once per data change. */
export function prepareTimeline(
  events: TimelineEventView[],
  actors: TimelineActor[],
  milestones: MilestoneTimes,
  zone: string,
): PreparedTimeline {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const prepared: PreparedEvent[] = [];
  for (const e of events) {
    if (e.hidden) continue;
    const t = time(e.occurredAt);
    if (t === null) continue;
    const end = time(e.endedAt);
    const actor = e.actorId ? byId.get(e.actorId) : undefined;
    prepared.push({
      id: e.id,
      t,
      end: end !== null && end > t ? end : null,
      lane: actor ? actor.id : NO_ACTOR_LANE,
      group: actor ? actor.kind : "NONE",
      type: e.type,
      actorName: actor ? actor.name : "No actor",
      summary: summarize(e.description),
      refuted: e.claims.some((c) => c.status === "REFUTED"),
      decision: e.isDecisionPoint,
      pinned: e.pinned,
      milestone: e.milestone,
    });
  }
  prepared.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
  const marks = milestoneMarks(milestones);
  const times: number[] = [];
  for (const e of prepared) times.push(e.end ?? e.t, e.t);
  for (const m of marks) times.push(m.t);
  const bounds = paddedRange(times);
  return {
    events: prepared,
    groups: buildLanes(prepared, actors),
    milestones: marks,
    phases: computePhases(milestones),
    bounds,
    spansDays: bounds ? spansLocalDays(bounds, zone) : false,
    zone,
  };
}

const spansLocalDays = (range: TimeRange, zone: string) => !sameDay(range.start, range.end, zone);

/** The incident window (started → resolved, or what is set of it) for the zoom presets. */
export function incidentWindow(prepared: PreparedTimeline): TimeRange | null {
  const marks = prepared.milestones;
  if (marks.length < 2) return null;
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;
  return last.t > first.t ? { start: first.t, end: last.t } : null;
}

// -------------------------------------------------------------------- layout

export type Geometry = {
  width: number;
  laneHeight: number;
  groupHeaderHeight: number;
  /** Tick labels at the top. */
  axisHeight: number;
  /** Height of a row of milestone labels between the axis and the lanes (up to three rows). */
  milestoneLabelRow: number;
  phaseRowHeight: number;
  /** Markers closer than this (px) in one lane are drawn as one cluster. */
  clusterGap: number;
  /** A cluster never grows wider than this (px), so dense lanes show several counts. */
  maxClusterWidth: number;
  /** Minimum room per tick label (px). */
  tickSpacing: number;
};

export const desktopGeometry: Geometry = {
  width: 900,
  laneHeight: 30,
  groupHeaderHeight: 20,
  axisHeight: 34,
  milestoneLabelRow: 15,
  phaseRowHeight: 24,
  clusterGap: 12,
  maxClusterWidth: 56,
  tickSpacing: 76,
};

export const compactGeometry: Geometry = {
  ...desktopGeometry,
  width: 520,
  laneHeight: 24,
  groupHeaderHeight: 18,
  phaseRowHeight: 22,
  tickSpacing: 68,
};

export type PositionedLane = Lane & { y: number; height: number };
export type PositionedGroup = {
  key: LaneGroupKey;
  label: string;
  /** Top of the group's header row. */
  y: number;
  headerHeight: number;
  lanes: PositionedLane[];
};

export type Marker = {
  key: string;
  lane: string;
  group: LaneGroupKey;
  /** Centre of a single marker, or left end of a cluster. */
  x: number;
  /** Right end of a cluster (equal to x for a single marker). */
  xLast: number;
  /** Drawn extent of a cluster's pill, trimmed so neighbouring pills do not overlap. */
  left: number;
  right: number;
  /** End of a bar (an event with an end time, or the latest end in a cluster). */
  xEnd: number | null;
  y: number;
  events: PreparedEvent[];
  from: number;
  to: number;
  refuted: boolean;
  decision: boolean;
  pinned: boolean;
  milestone: EventMilestone | null;
  /** Accessible name, also the first line of the tooltip. */
  label: string;
};

export type PositionedMilestone = MilestoneMark & {
  x: number;
  row: 0 | 1 | 2;
  /** "14:21 CET" (with the date when the incident spans days). */
  time: string;
  /** Left end and baseline of the label (text-anchor start). */
  labelX: number;
  labelY: number;
};
export type PositionedPhase = Phase & {
  x1: number;
  x2: number;
  y: number;
  clippedStart: boolean;
  clippedEnd: boolean;
};

export type TimelineLayout = {
  range: TimeRange;
  width: number;
  height: number;
  lanesTop: number;
  lanesBottom: number;
  groups: PositionedGroup[];
  ticks: Tick[];
  tickStep: number;
  markers: Marker[];
  milestones: PositionedMilestone[];
  phases: PositionedPhase[];
  phasesTop: number;
  /** Pixel → instant, for drag-to-zoom. */
  invert: (x: number) => number;
};

/** "14:05 CET · Action · Deploy agent · Rolled back the …" (+ flags). */
export function markerLabel(e: PreparedEvent, zone: string, withDate: boolean): string {
  const parts = [formatMoment(e.t, zone, withDate, false), eventTypeLabels[e.type], e.actorName];
  if (e.summary) parts.push(e.summary);
  if (e.milestone) parts.push(`milestone: ${milestoneEventLabels[e.milestone].toLowerCase()}`);
  if (e.decision) parts.push("decision point");
  if (e.refuted) parts.push("refuted claim");
  if (e.pinned) parts.push("pinned");
  return parts.join(" · ");
}

function clusterLabel(events: PreparedEvent[], zone: string, withDate: boolean): string {
  const first = events[0]!;
  const last = events[events.length - 1]!;
  const from = formatMoment(first.t, zone, withDate);
  const to = formatMoment(last.t, zone, withDate && !sameDay(first.t, last.t, zone));
  const span = first.t === last.t ? from : `${from.replace(/ \S+$/, "")} – ${to}`;
  const flags = [
    events.some((e) => e.refuted) ? "includes a refuted claim" : "",
    events.some((e) => e.decision) ? "includes a decision point" : "",
  ].filter(Boolean);
  return `${events.length} events · ${first.actorName} · ${span}${flags.length ? ` · ${flags.join(", ")}` : ""}`;
}

const sameDay = (a: number, b: number, zone: string) => formatDay(a, zone) === formatDay(b, zone);

const PILL_PAD = 9;

/** Neighbouring clusters in a lane meet halfway instead of overlapping. */
function trimPills(markers: Marker[]) {
  const previous = new Map<string, Marker>();
  for (const m of [...markers].sort((a, b) => a.x - b.x)) {
    const before = previous.get(m.lane);
    if (before && before.right > m.left - 2) {
      const mid = (before.xLast + m.x) / 2;
      before.right = Math.max(mid - 1, before.xLast);
      m.left = Math.min(mid + 1, m.x);
    }
    previous.set(m.lane, m);
  }
}

/** Positions everything for the visible `range` at the given geometry. */
export function layoutTimeline(
  prepared: PreparedTimeline,
  range: TimeRange,
  geometry: Geometry,
): TimelineLayout {
  const g = geometry;
  const x = scaleUtc().domain([range.start, range.end]).range([0, g.width]);
  const px = (t: number) => x(t);
  const { step, ticks } = computeTicks(range, prepared.zone, Math.floor(g.width / g.tickSpacing));

  // Milestone labels go on up to three rows so close milestones stay legible;
  // when no row has room the label moves right of its line.
  const milestones: PositionedMilestone[] = [];
  const rowEnd = [-Infinity, -Infinity, -Infinity];
  for (const m of prepared.milestones) {
    if (m.t < range.start || m.t > range.end) continue;
    const mx = px(m.t);
    const w = m.label.length * 6.6 + 4;
    const left = Math.min(Math.max(mx - w / 2, 0), Math.max(g.width - w, 0));
    let row = rowEnd.findIndex((end) => left >= end + 6);
    let labelX = left;
    if (row === -1) {
      row = rowEnd.indexOf(Math.min(...rowEnd));
      labelX = rowEnd[row]! + 6;
    }
    rowEnd[row] = labelX + w;
    milestones.push({
      ...m,
      x: mx,
      row: row as 0 | 1 | 2,
      labelX,
      labelY: 0,
      time: formatMoment(m.t, prepared.zone, prepared.spansDays),
    });
  }
  const labelRows = Math.max(1, ...milestones.map((m) => m.row + 1));
  for (const m of milestones) m.labelY = g.axisHeight + 11 + m.row * g.milestoneLabelRow;

  // Rows: axis, milestone labels, then each group (a header and its lanes), then phases.
  const lanesTop = g.axisHeight + g.milestoneLabelRow * labelRows + 6;
  let y = lanesTop;
  const groups: PositionedGroup[] = [];
  const laneY = new Map<string, number>();
  for (const group of prepared.groups) {
    const gy = y;
    y += g.groupHeaderHeight;
    const lanes = group.lanes.map((lane) => {
      const positioned = { ...lane, y, height: g.laneHeight };
      laneY.set(lane.key, y + g.laneHeight / 2);
      y += g.laneHeight;
      return positioned;
    });
    groups.push({ key: group.key, label: group.label, y: gy, headerHeight: g.groupHeaderHeight, lanes });
  }
  const lanesBottom = y;
  const phasesTop = lanesBottom + 8;
  const phaseRows = prepared.phases.some((p) => p.row === 1) ? 2 : prepared.phases.length ? 1 : 0;
  const height = phasesTop + phaseRows * g.phaseRowHeight + 6;

  // Markers: events in range (bars also when they only overlap it), clustered per lane.
  const markers: Marker[] = [];
  const open = new Map<string, PreparedEvent[]>();
  const withDate = prepared.spansDays;
  const flush = (lane: string) => {
    const members = open.get(lane);
    if (!members?.length) return;
    open.delete(lane);
    const first = members[0]!;
    const last = members[members.length - 1]!;
    let maxEnd: number | null = null;
    for (const e of members) if (e.end !== null && (maxEnd === null || e.end > maxEnd)) maxEnd = e.end;
    const single = members.length === 1;
    markers.push({
      key: single ? first.id : `c:${first.id}:${members.length}`,
      lane,
      group: first.group,
      x: px(first.t),
      xLast: px(last.t),
      left: px(first.t) - PILL_PAD,
      right: px(last.t) + PILL_PAD,
      xEnd: maxEnd !== null ? px(maxEnd) : null,
      y: laneY.get(lane) ?? 0,
      events: members,
      from: first.t,
      to: last.t,
      refuted: members.some((e) => e.refuted),
      decision: members.some((e) => e.decision),
      pinned: members.some((e) => e.pinned),
      milestone: single ? first.milestone : (members.find((e) => e.milestone)?.milestone ?? null),
      label: single
        ? markerLabel(first, prepared.zone, withDate)
        : clusterLabel(members, prepared.zone, withDate),
    });
  };
  for (const e of prepared.events) {
    if (e.t > range.end) break;
    if (e.t < range.start && (e.end === null || e.end < range.start)) continue;
    const members = open.get(e.lane);
    if (members?.length) {
      const ex = px(e.t);
      const lastX = px(members[members.length - 1]!.t);
      const firstX = px(members[0]!.t);
      if (ex - lastX < g.clusterGap && ex - firstX < g.maxClusterWidth) {
        members.push(e);
        continue;
      }
      flush(e.lane);
    }
    open.set(e.lane, [e]);
  }
  for (const lane of [...open.keys()]) flush(lane);
  trimPills(markers);

  const phases: PositionedPhase[] = [];
  for (const p of prepared.phases) {
    if (p.to < range.start || p.from > range.end) continue;
    phases.push({
      ...p,
      x1: Math.max(0, px(p.from)),
      x2: Math.min(g.width, px(p.to)),
      y: phasesTop + p.row * g.phaseRowHeight,
      clippedStart: p.from < range.start,
      clippedEnd: p.to > range.end,
    });
  }

  return {
    range,
    width: g.width,
    height,
    lanesTop,
    lanesBottom,
    groups,
    ticks,
    tickStep: step,
    markers,
    milestones,
    phases,
    phasesTop,
    invert: (value: number) => x.invert(value).getTime(),
  };
}

export type ZoomPreset = { key: string; label: string; from: number; to: number };

/** Zoom presets offered next to the zoom buttons: the incident window and each phase. */
export function zoomPresets(prepared: PreparedTimeline): ZoomPreset[] {
  const presets: ZoomPreset[] = [];
  const window = incidentWindow(prepared);
  if (window) presets.push({ key: "incident", label: "Incident window", from: window.start, to: window.end });
  for (const p of prepared.phases) {
    if (p.row !== 0 || p.to - p.from < timeUnits.SECOND) continue;
    presets.push({ key: p.key, label: p.key === "detect" ? "Detection" : p.label, from: p.from, to: p.to });
  }
  return presets;
}
