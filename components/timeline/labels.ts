// Display labels for the timeline's detail fields.
import type { TimelineEventView } from "@/lib/timeline/types";

type Env = NonNullable<TimelineEventView["blastRadius"]["environment"]>;
type Rev = NonNullable<TimelineEventView["blastRadius"]["reversibility"]>;

export const environmentLabels: Record<Env, string> = {
  NON_PRODUCTION: "Non-production",
  PRODUCTION: "Production",
  UNKNOWN: "Unknown",
};

export const reversibilityLabels: Record<Rev, string> = {
  REVERSIBLE: "Reversible",
  RESTORABLE_FROM_BACKUP: "Restorable from backup",
  IRREVERSIBLE: "Irreversible",
};

export const decisionFields: { key: keyof TimelineEventView["decision"]; label: string }[] = [
  { key: "known", label: "What was known" },
  { key: "believed", label: "What was believed" },
  { key: "goal", label: "Goal" },
  { key: "pressures", label: "Pressures" },
  { key: "options", label: "Options seen" },
  { key: "rationale", label: "Why the choice made sense at the time" },
];

export const claimStatusLabels = { UNKNOWN: "Unverified", VERIFIED: "Verified", REFUTED: "Refuted" } as const;

export const guardrailStateLabels = {
  WORKED: "worked",
  BYPASSED: "bypassed",
  INSTRUCTION_ONLY: "instruction only",
  ABSENT: "absent",
} as const;
