// The pinned timeline as the read view and the Markdown export show it.
import { eventTypeLabels, type ClaimStatus, type EventMilestone, type EventType } from "./types";

export type PinnedEvent = {
  id: string;
  occurredAt: Date;
  endedAt: Date | null;
  type: EventType;
  description: string;
  milestone: EventMilestone | null;
  isDecisionPoint: boolean;
  actor: { name: string; kind: string } | null;
  claims: { statement: string; status: ClaimStatus }[];
};

const milestoneWords: Record<EventMilestone, string> = {
  STARTED: "started",
  DETECTED: "detected",
  ACKNOWLEDGED: "acknowledged",
  MITIGATED: "mitigated",
  RESOLVED: "resolved",
};

export type EventMarker = { label: string; tone: "milestone" | "decision" | "refuted" | "claim" };

/** Short labels for what makes an event notable, most important first. */
export function eventMarkers(
  e: Pick<PinnedEvent, "milestone" | "isDecisionPoint" | "claims">,
): EventMarker[] {
  const markers: EventMarker[] = [];
  for (const c of e.claims)
    if (c.status === "REFUTED") markers.push({ label: `Refuted claim: “${c.statement}”`, tone: "refuted" });
  if (e.milestone) markers.push({ label: `Milestone: ${milestoneWords[e.milestone]}`, tone: "milestone" });
  if (e.isDecisionPoint) markers.push({ label: "Decision point", tone: "decision" });
  for (const c of e.claims)
    if (c.status !== "REFUTED")
      markers.push({
        label: `${c.status === "VERIFIED" ? "Verified" : "Unverified"} claim: “${c.statement}”`,
        tone: "claim",
      });
  return markers;
}

export const typeLabel = (type: EventType) => eventTypeLabels[type] ?? type;

/**
 * Where the pinned table goes among the document's sections: right after the
 * template's own "Timeline" section when there is one, else before them all (-1).
 */
export function timelineSectionIndex(sections: { key: string; title: string }[]): number {
  const byKey = sections.findIndex((s) => s.key === "timeline");
  return byKey >= 0 ? byKey : sections.findIndex((s) => /\btimeline\b/i.test(s.title));
}
