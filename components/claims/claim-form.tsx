"use client";
import { conflictRows } from "@/components/actors/conflict-notice";
import { EntityFormFooter } from "@/components/actors/entity-form-footer";
import { useEntityForm, type EntityFormProps } from "@/components/actors/use-entity-form";
import { ChoiceField } from "@/components/ui/choice-field";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import { claimStatuses, claimStatusLabels, type ClaimRecord } from "@/lib/schemas/claims";
import type { ClaimStatus } from "@/lib/timeline/types";

export type ClaimFormValues = {
  statement: string;
  actorId: string;
  eventId: string;
  status: ClaimStatus;
  evidence: string;
};

export const emptyClaim: ClaimFormValues = {
  statement: "",
  actorId: "",
  eventId: "",
  status: "UNKNOWN",
  evidence: "",
};

export const claimValues = (c: ClaimRecord): ClaimFormValues => ({
  statement: c.statement,
  actorId: c.actorId ?? "",
  eventId: c.eventId ?? "",
  status: c.status,
  evidence: c.evidence,
});

export type Choice = { id: string; label: string };

export function ClaimForm({
  actors,
  events,
  ...props
}: EntityFormProps<ClaimFormValues, ClaimRecord> & { actors: Choice[]; events: Choice[] }) {
  const f = useEntityForm({ ...props, fromRecord: claimValues });
  const { id, values, set, errors: e } = f;
  const nameOf = (list: Choice[], v: string) => list.find((c) => c.id === v)?.label ?? "";

  const select = (name: "actorId" | "eventId", label: string, choices: Choice[], none: string) => (
    <Field id={id(name)} label={label} errors={e[name]}>
      <select
        id={id(name)}
        value={values[name]}
        onChange={(ev) => set(name, ev.target.value)}
        aria-invalid={e[name]?.length ? true : undefined}
        aria-describedby={`${id(name)}-error`}
        className={inputClass}
      >
        <option value="">{none}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form {...f.form} className="space-y-4">
      <Field
        id={id("statement")}
        label="Statement"
        hint="What the automation or agent said, e.g. “rollback is impossible”."
        errors={e.statement}
      >
        <textarea
          id={id("statement")}
          rows={2}
          value={values.statement}
          onChange={(ev) => set("statement", ev.target.value)}
          aria-invalid={e.statement?.length ? true : undefined}
          aria-describedby={`${id("statement")}-error ${id("statement")}-hint`}
          className={inputClass}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {select("actorId", "Made by", actors, "Not recorded")}
        {select("eventId", "Timeline event (optional)", events, "No event")}
      </div>
      <ChoiceField
        id={id("status")}
        legend="Did it hold up?"
        options={claimStatuses}
        labels={claimStatusLabels}
        value={values.status}
        onChange={(s) => set("status", s)}
        errors={e.status}
      />
      <Field
        id={id("evidence")}
        label="Evidence (Markdown)"
        hint="What shows it was true or false: links to logs, dashboards, the restore."
        errors={e.evidence}
      >
        <textarea
          id={id("evidence")}
          rows={3}
          value={values.evidence}
          onChange={(ev) => set("evidence", ev.target.value)}
          aria-describedby={`${id("evidence")}-error ${id("evidence")}-hint`}
          className={inputClass}
        />
      </Field>

      <EntityFormFooter
        {...f.footer}
        conflictRows={(current) =>
          conflictRows([
            { label: "Statement", theirs: current.statement, mine: values.statement },
            {
              label: "Made by",
              theirs: nameOf(actors, current.actorId ?? ""),
              mine: nameOf(actors, values.actorId),
            },
            {
              label: "Event",
              theirs: nameOf(events, current.eventId ?? ""),
              mine: nameOf(events, values.eventId),
            },
            {
              label: "Status",
              theirs: claimStatusLabels[current.status],
              mine: claimStatusLabels[values.status],
            },
            { label: "Evidence", theirs: current.evidence, mine: values.evidence },
          ])
        }
      />
    </form>
  );
}
