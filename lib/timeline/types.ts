// Shapes shared by the timeline tab, the visual timeline, the read view and
// the export. Dates cross to client components as ISO strings.
import type { MilestoneKey } from "@/lib/milestones";

export const eventTypes = [
  "DETECTION",
  "ALERT",
  "ACTION",
  "DECISION",
  "COMMUNICATION",
  "ESCALATION",
  "MITIGATION",
  "RESOLUTION",
  "OTHER",
] as const;
export type EventType = (typeof eventTypes)[number];

export const eventTypeLabels: Record<EventType, string> = {
  DETECTION: "Detection",
  ALERT: "Alert",
  ACTION: "Action",
  DECISION: "Decision",
  COMMUNICATION: "Communication",
  ESCALATION: "Escalation",
  MITIGATION: "Mitigation",
  RESOLUTION: "Resolution",
  OTHER: "Other",
};

export const actorKinds = ["PERSON", "AUTOMATION", "AI_AGENT", "EXTERNAL_SERVICE"] as const;
export type ActorKind = (typeof actorKinds)[number];

export const actorKindLabels: Record<ActorKind, string> = {
  PERSON: "Person",
  AUTOMATION: "Automation",
  AI_AGENT: "AI agent",
  EXTERNAL_SERVICE: "External service",
};

/** Event.milestone values, and the Postmortem field each one sets. */
export const eventMilestones = ["STARTED", "DETECTED", "ACKNOWLEDGED", "MITIGATED", "RESOLVED"] as const;
export type EventMilestone = (typeof eventMilestones)[number];
export const milestoneField: Record<EventMilestone, MilestoneKey> = {
  STARTED: "startedAt",
  DETECTED: "detectedAt",
  ACKNOWLEDGED: "acknowledgedAt",
  MITIGATED: "mitigatedAt",
  RESOLVED: "resolvedAt",
};

export type ClaimStatus = "UNKNOWN" | "VERIFIED" | "REFUTED";
export type GuardrailState = "WORKED" | "BYPASSED" | "INSTRUCTION_ONLY" | "ABSENT";

/** An actor as the timeline shows it (lanes, filters, the actor column). */
export type TimelineActor = { id: string; kind: ActorKind; name: string; role: string };

/** One event as the timeline tab and the visual timeline receive it. */
export type TimelineEventView = {
  id: string;
  /** ISO 8601, UTC. */
  occurredAt: string;
  endedAt: string | null;
  type: EventType;
  actorId: string | null;
  description: string;
  knownAtTheTime: string;
  evidenceLinks: { url: string; label?: string | undefined }[];
  pinned: boolean;
  hidden: boolean;
  milestone: EventMilestone | null;
  isDecisionPoint: boolean;
  decision: {
    known: string;
    believed: string;
    goal: string;
    pressures: string;
    options: string;
    rationale: string;
  };
  blastRadius: {
    resourcesTouched: string[];
    environment: "NON_PRODUCTION" | "PRODUCTION" | "UNKNOWN" | null;
    crossedEnvironment: boolean | null;
    reversibility: "REVERSIBLE" | "RESTORABLE_FROM_BACKUP" | "IRREVERSIBLE" | null;
  };
  claims: { id: string; statement: string; status: ClaimStatus }[];
  guardrails: { id: string; name: string; state: GuardrailState }[];
  importBatchId: string | null;
  version: number;
  /**
   * Only the row's fields were loaded (a timeline's page and the rest of its events): "known at
   * the time", evidence, decision and blast radius details hold empty values until the event is
   * loaded in full (on Details or Edit). Never edit or show details of a partial event.
   */
  partial?: true;
};

/** The canonical milestones as ISO strings (null when not set). */
export type MilestoneTimes = Record<MilestoneKey, string | null>;
