"use client";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { ActionProblem } from "@/components/actions/action-problem";
import { useAction } from "@/components/actions/use-action";
import { buttonClass, cx, inputClass } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/action-result";
import { milestoneLabels } from "@/lib/milestones";
import type { EventFieldsInput, EventResult, UpdateEventResult } from "@/lib/schemas/timeline";
import { parseTimeInput, toTimeInputValue } from "@/lib/timeline/relative-time";
import {
  eventMilestones,
  eventTypeLabels,
  eventTypes,
  milestoneField,
  type EventMilestone,
  type EventType,
  type TimelineActor,
  type TimelineEventView,
} from "@/lib/timeline/types";
import { EvidenceLinksField } from "./evidence-links-field";
import { TimeField } from "./time-field";
import { decisionFields, environmentLabels, reversibilityLabels } from "./labels";
import { TagInput } from "@/components/ui/tag-input";

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

/** Sends the event; `idempotencyKey` belongs to this attempt (a create passes it on). */
type Submit = (input: EventFieldsInput, idempotencyKey: string) => Promise<EventResult | UpdateEventResult>;

/**
 * The event form: the entry row at the end of the table ("entry") and the
 * inline editor of one row ("edit"). Enter in a one-line field saves, Escape
 * clears (entry) or cancels (edit); details are behind a disclosure.
 */
export function EventForm({
  mode,
  initial,
  zone,
  actors,
  reference,
  actorsHref,
  submit,
  onSaved,
  onCancel,
  onConflict,
  autoFocus,
}: {
  mode: "entry" | "edit";
  initial: EventFormValues;
  zone: string;
  actors: TimelineActor[];
  /** What "+5m" and "14:05" count from. */
  reference: Date | null;
  actorsHref: string;
  submit: Submit;
  onSaved: (result: Extract<EventResult, { status: "success" }>, occurredAt: Date) => void;
  onCancel?: () => void;
  onConflict?: (theirs: TimelineEventView | null, mine: EventFieldsInput, message: string) => void;
  autoFocus?: boolean;
}) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [values, setValues] = useState<EventFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(mode === "edit");
  const send = useAction<EventResult | UpdateEventResult>();
  const pending = send.pending;
  const timeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The row the user just asked to edit: start in its time field.
    if (autoFocus) timeRef.current?.focus();
  }, [autoFocus]);
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const start = values.time.trim() ? parseTimeInput(values.time, { zone, reference }) : null;
  const startAt = start?.ok ? start.at : null;

  function clear() {
    send.clearProblem();
    setValues(emptyForm);
    setErrors({});
    setFormError(null);
    setDetailsOpen(false);
    timeRef.current?.focus();
  }

  function buildInput(): EventFieldsInput | null {
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
    if (Object.keys(problems).length > 0 || !startAt) {
      setErrors(problems);
      setFormError("Please correct the highlighted fields.");
      return null;
    }
    const hasBlast = values.resources.length > 0 || values.environment !== "" || values.reversibility !== "";
    return {
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
    };
  }

  function save(input: EventFieldsInput) {
    send.run({ input, call: (key) => submit(input, key), onResult: (result) => answered(input, result) });
  }

  function answered(input: EventFieldsInput, result: EventResult | UpdateEventResult) {
    if (result.status === "success") {
      setErrors({});
      setFormError(null);
      onSaved(result, new Date(input.occurredAt));
      if (mode === "entry") clear();
      return;
    }
    if (result.status === "conflict") {
      onConflict?.(result.theirs, input, result.message);
      return;
    }
    setErrors(result.fieldErrors ?? {});
    setFormError(result.formError);
    const detailError = Object.keys(result.fieldErrors ?? {}).some(
      (k) => !["occurredAt", "endedAt", "type", "actorId", "description"].includes(k),
    );
    if (detailError) setDetailsOpen(true);
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = buildInput();
    if (input) save(input);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      if (mode === "entry") clear();
      else onCancel?.();
    }
  }

  const err = (key: string) => errors[key];
  const described = (key: string) => ({
    "aria-invalid": err(key)?.length ? true : undefined,
    "aria-describedby": `${id(key)}-error`,
  });
  const fieldError = (key: string) => (
    <p id={`${id(key)}-error`} aria-live="polite" className="text-xs text-red-700">
      {err(key)?.[0]}
    </p>
  );
  const smallLabel = "block text-xs font-medium text-stone-700";
  const title = mode === "entry" ? "New event" : "Edit event";

  return (
    <form
      aria-label={title}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      className={cx(
        "rounded-lg border p-3",
        mode === "entry" ? "border-stone-300 bg-stone-50" : "border-brand-600 bg-white shadow-sm",
      )}
    >
      <div className="grid gap-2 sm:grid-cols-[9rem_9rem_8.5rem_10rem_minmax(0,1fr)] sm:items-start">
        <TimeField
          ref={timeRef}
          id={id("occurredAt")}
          label="Time"
          value={values.time}
          onChange={(v) => set("time", v)}
          zone={zone}
          reference={reference}
          errors={err("occurredAt")}
        />
        <TimeField
          id={id("endedAt")}
          label="End time"
          value={values.endTime}
          onChange={(v) => set("endTime", v)}
          zone={zone}
          reference={startAt}
          errors={err("endedAt")}
          optional
        />
        <div className="min-w-0 space-y-1">
          <label htmlFor={id("type")} className={smallLabel}>
            Type
          </label>
          <select
            id={id("type")}
            value={values.type}
            onChange={(e) => set("type", e.target.value as EventType)}
            className={inputClass}
            {...described("type")}
          >
            {eventTypes.map((t) => (
              <option key={t} value={t}>
                {eventTypeLabels[t]}
              </option>
            ))}
          </select>
          {fieldError("type")}
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor={id("actorId")} className={smallLabel}>
            Actor
          </label>
          <select
            id={id("actorId")}
            value={values.actorId}
            onChange={(e) => set("actorId", e.target.value)}
            className={inputClass}
            {...described("actorId")}
          >
            <option value="">No actor</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.role ? `${a.name} (${a.role})` : a.name}
              </option>
            ))}
          </select>
          {fieldError("actorId")}
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor={id("description")} className={smallLabel}>
            Description
          </label>
          {mode === "entry" ? (
            <input
              id={id("description")}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
              autoComplete="off"
              placeholder="What happened (Markdown)"
              className={inputClass}
              {...described("description")}
            />
          ) : (
            <textarea
              id={id("description")}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
              rows={3}
              className={inputClass}
              {...described("description")}
            />
          )}
          {fieldError("description")}
        </div>
      </div>

      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Saving…" : mode === "entry" ? "Add event" : "Save event"}
        </button>
        {mode === "edit" ? (
          <button type="button" className={buttonClass.secondary} onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button
          type="button"
          className="text-sm font-medium text-stone-700 underline-offset-2 hover:underline"
          aria-expanded={detailsOpen}
          aria-controls={id("details")}
          onClick={() => setDetailsOpen((o) => !o)}
        >
          {detailsOpen ? "Hide details" : "More details"}
        </button>
        {actors.length === 0 ? (
          <p className="text-xs text-stone-600">
            No actors yet.{" "}
            <Link href={actorsHref} className={buttonClass.link}>
              Add actors
            </Link>
          </p>
        ) : null}
        <span className="text-xs text-stone-500">
          {mode === "entry"
            ? "Enter saves and starts the next row · Esc clears"
            : "Enter saves · Esc cancels"}
        </span>
      </div>
      <div role="status" aria-live="polite">
        {formError ? <p className="mt-2 text-sm text-red-700">{formError}</p> : null}
      </div>
      <ActionProblem problem={send.problem} onRetry={send.retry} pending={pending} className="mt-2" />

      <div id={id("details")} hidden={!detailsOpen} className="mt-3 space-y-4 border-t border-stone-200 pt-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={id("milestone")} className={smallLabel}>
              Marks milestone
            </label>
            <select
              id={id("milestone")}
              value={values.milestone}
              onChange={(e) => set("milestone", e.target.value as EventMilestone | "")}
              className={inputClass}
              {...described("milestone")}
            >
              <option value="">None</option>
              {eventMilestones.map((m) => (
                <option key={m} value={m}>
                  {milestoneLabels[milestoneField[m]]}
                </option>
              ))}
            </select>
            {fieldError("milestone")}
          </div>
          <div className="space-y-1">
            <label htmlFor={id("knownAtTheTime")} className={smallLabel}>
              What was known at the time
            </label>
            <textarea
              id={id("knownAtTheTime")}
              value={values.knownAtTheTime}
              onChange={(e) => set("knownAtTheTime", e.target.value)}
              rows={2}
              className={inputClass}
              {...described("knownAtTheTime")}
            />
            {fieldError("knownAtTheTime")}
          </div>
        </div>

        <EvidenceLinksField
          links={values.links}
          onChange={(links) => set("links", links)}
          fieldId={id}
          errorsOf={err}
        />

        <fieldset className="space-y-2">
          <legend className="sr-only">Decision point</legend>
          <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
            <input
              type="checkbox"
              checked={values.isDecisionPoint}
              onChange={(e) => set("isDecisionPoint", e.target.checked)}
              className="h-4 w-4 rounded border-stone-400"
            />
            Decision point
          </label>
          {values.isDecisionPoint ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <p className="text-xs text-stone-600 sm:col-span-2">
                Record what the actor saw, not what we know now: why did this choice make sense at the time?
              </p>
              {decisionFields.map(({ key, label }) => (
                <div key={key} className="space-y-1">
                  <label htmlFor={id(`decision-${key}`)} className={smallLabel}>
                    {label}
                  </label>
                  <textarea
                    id={id(`decision-${key}`)}
                    value={values.decision[key]}
                    onChange={(e) => set("decision", { ...values.decision, [key]: e.target.value })}
                    rows={2}
                    className={inputClass}
                    {...described(`decision.${key}`)}
                  />
                  {fieldError(`decision.${key}`)}
                </div>
              ))}
            </div>
          ) : null}
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-xs font-medium text-stone-700">Blast radius</legend>
          <TagInput
            id={id("resources")}
            label="Resources touched"
            value={values.resources}
            onChange={(tags) => set("resources", tags)}
            placeholder="e.g. prod-db, prod-vpc, then Enter"
            errors={err("blastRadius.resourcesTouched")}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="space-y-1">
              <label htmlFor={id("environment")} className={smallLabel}>
                Environment
              </label>
              <select
                id={id("environment")}
                value={values.environment}
                onChange={(e) => set("environment", e.target.value as EventFormValues["environment"])}
                className={inputClass}
              >
                <option value="">Not recorded</option>
                {Object.entries(environmentLabels).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="space-y-1">
              <label htmlFor={id("reversibility")} className={smallLabel}>
                Reversibility
              </label>
              <select
                id={id("reversibility")}
                value={values.reversibility}
                onChange={(e) => set("reversibility", e.target.value as EventFormValues["reversibility"])}
                className={inputClass}
              >
                <option value="">Not recorded</option>
                {Object.entries(reversibilityLabels).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <label className="flex items-center gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              checked={values.crossed}
              onChange={(e) => set("crossed", e.target.checked)}
              className="h-4 w-4 rounded border-stone-400"
            />
            Crossed the non-production → production boundary
          </label>
        </fieldset>
      </div>
    </form>
  );
}
