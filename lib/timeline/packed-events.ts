// The timeline's events on the wire (the page's props and the rest of the
// events fetched after hydration): a TimelineEventView without the fields that
// hold their empty value. Most events have no end, decision, blast radius,
// claims or links, so this is about a third of the full shape in JSON.
import type { TimelineEventView } from "./types";

type Always = "id" | "occurredAt" | "type" | "description" | "version";

export type PackedEvent = Pick<TimelineEventView, Always> & Partial<Omit<TimelineEventView, Always>>;

/** Where the next page of events starts: after this event in time order (ties by id). */
export type EventCursor = { at: string; id: string };

/** One page of the rest of a timeline, as GET …/timeline/events answers. */
export type EventPage = { events: PackedEvent[]; next: EventCursor | null };

const emptyDecision: TimelineEventView["decision"] = {
  known: "",
  believed: "",
  goal: "",
  pressures: "",
  options: "",
  rationale: "",
};

export function packEvent(e: TimelineEventView): PackedEvent {
  const p: PackedEvent = {
    id: e.id,
    occurredAt: e.occurredAt,
    type: e.type,
    description: e.description,
    version: e.version,
  };
  if (e.endedAt) p.endedAt = e.endedAt;
  if (e.actorId) p.actorId = e.actorId;
  if (e.knownAtTheTime) p.knownAtTheTime = e.knownAtTheTime;
  if (e.evidenceLinks.length) p.evidenceLinks = e.evidenceLinks;
  if (e.pinned) p.pinned = true;
  if (e.hidden) p.hidden = true;
  if (e.milestone) p.milestone = e.milestone;
  if (e.isDecisionPoint) p.isDecisionPoint = true;
  if (Object.values(e.decision).some(Boolean)) p.decision = e.decision;
  const br = e.blastRadius;
  if (br.resourcesTouched.length || br.environment || br.crossedEnvironment !== null || br.reversibility)
    p.blastRadius = br;
  if (e.claims.length) p.claims = e.claims;
  if (e.guardrails.length) p.guardrails = e.guardrails;
  if (e.importBatchId) p.importBatchId = e.importBatchId;
  if (e.partial) p.partial = true;
  return p;
}

export function unpackEvent(p: PackedEvent): TimelineEventView {
  return {
    id: p.id,
    occurredAt: p.occurredAt,
    endedAt: p.endedAt ?? null,
    type: p.type,
    actorId: p.actorId ?? null,
    description: p.description,
    knownAtTheTime: p.knownAtTheTime ?? "",
    evidenceLinks: p.evidenceLinks ?? [],
    pinned: p.pinned ?? false,
    hidden: p.hidden ?? false,
    milestone: p.milestone ?? null,
    isDecisionPoint: p.isDecisionPoint ?? false,
    decision: p.decision ?? emptyDecision,
    blastRadius: p.blastRadius ?? {
      resourcesTouched: [],
      environment: null,
      crossedEnvironment: null,
      reversibility: null,
    },
    claims: p.claims ?? [],
    guardrails: p.guardrails ?? [],
    importBatchId: p.importBatchId ?? null,
    version: p.version,
    ...(p.partial && { partial: true as const }),
  };
}
