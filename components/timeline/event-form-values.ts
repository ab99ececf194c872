// The event form's values and how they become the action's input (no React).
import type { FieldErrors } from "@/lib/action-result";
import type { EventFieldsInput } from "@/lib/schemas/timeline";
import { parseTimeInput, toTimeInputValue, type TimeParse } from "@/lib/timeline/relative-time";
import type { EventMilestone, EventType, TimelineEventView } from "@/lib/timeline/types";

type Env = TimelineEventView["blastRadius"]["environment"];
type Rev = TimelineEventView["blastRadius"]["reversibility"];

export type EventFormValues = {
  time: string;
  endTime: string;
  type: EventType;
  actorId: string;
  description: string;
  knownAtTheTime: string;
  links: { url: string; label: string }[];
  milestone: EventMilestone | "";
  isDecisionPoint: boolean;
  decision: TimelineEventView["decision"];
  resources: string[];
  environment: NonNullable<Env> | "";
  crossed: boolean;
  reversibility: NonNullable<Rev> | "";
};

/** Changes one value of the form. */
export type SetFormValue = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => void;

export const emptyForm: EventFormValues = {
  time: "",
  endTime: "",
  type: "ACTION",
  actorId: "",
  description: "",
  knownAtTheTime: "",
  links: [],
  milestone: "",
  isDecisionPoint: false,
  decision: { known: "", believed: "", goal: "", pressures: "", options: "", rationale: "" },
  resources: [],
  environment: "",
  crossed: false,
  reversibility: "",
};

export function formFromEvent(e: TimelineEventView, zone: string): EventFormValues {
  return {
    time: toTimeInputValue(new Date(e.occurredAt), zone),
    endTime: e.endedAt ? toTimeInputValue(new Date(e.endedAt), zone) : "",
    type: e.type,
    actorId: e.actorId ?? "",
    description: e.description,
    knownAtTheTime: e.knownAtTheTime,
    links: e.evidenceLinks.map((l) => ({ url: l.url, label: l.label ?? "" })),
    milestone: e.milestone ?? "",
    isDecisionPoint: e.isDecisionPoint,
    decision: e.decision,
    resources: e.blastRadius.resourcesTouched,
    environment: e.blastRadius.environment ?? "",
    crossed: e.blastRadius.crossedEnvironment === true,
    reversibility: e.blastRadius.reversibility ?? "",
  };
}

/** The typed start time read against `reference` ("+5m", "14:05"); null while empty. */
export function parseStart(time: string, zone: string, reference: Date | null): TimeParse | null {
  return time.trim() ? parseTimeInput(time, { zone, reference }) : null;
}

/** The form as the action's input, or the fields to correct first. */
export function toEventInput(
  values: EventFormValues,
  start: TimeParse | null,
  zone: string,
): { ok: true; input: EventFieldsInput } | { ok: false; fieldErrors: FieldErrors } {
  const startAt = start?.ok ? start.at : null;
  const problems: FieldErrors = {};
  if (!values.time.trim()) problems.occurredAt = ["Enter a time."];
  else if (start && !start.ok) problems.occurredAt = [start.error];
  let endedAt: string | null = null;
  if (values.endTime.trim()) {
    const end = parseTimeInput(values.endTime, { zone, reference: startAt });
    if (!end.ok) problems.endedAt = [end.error];
    else endedAt = end.at.toISOString();
  }
  if (!values.description.trim()) problems.description = ["Describe what happened."];
  if (Object.keys(problems).length > 0 || !startAt) return { ok: false, fieldErrors: problems };
  const hasBlast = values.resources.length > 0 || values.environment !== "" || values.reversibility !== "";
  return {
    ok: true,
    input: {
      occurredAt: startAt.toISOString(),
      endedAt,
      type: values.type,
      actorId: values.actorId || null,
      description: values.description,
      knownAtTheTime: values.knownAtTheTime,
      evidenceLinks: values.links
        .filter((l) => l.url.trim() || l.label.trim())
        .map((l) => ({ url: l.url, label: l.label })),
      milestone: values.milestone || null,
      isDecisionPoint: values.isDecisionPoint,
      decision: values.decision,
      blastRadius: {
        resourcesTouched: values.resources,
        environment: values.environment || null,
        crossedEnvironment: values.crossed ? true : hasBlast ? false : null,
        reversibility: values.reversibility || null,
      },
    },
  };
}

/** Fields shown above the details disclosure; an error on any other opens it. */
const mainFields = ["occurredAt", "endedAt", "type", "actorId", "description"];

export function hasDetailError(fieldErrors: FieldErrors): boolean {
  return Object.keys(fieldErrors).some((k) => !mainFields.includes(k));
}
