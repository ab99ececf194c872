"use client";
import { conflictRows } from "@/components/actors/conflict-notice";
import { EntityField } from "@/components/actors/entity-field";
import { EntityFormFooter } from "@/components/actors/entity-form-footer";
import { useEntityForm, type EntityFormProps } from "@/components/actors/use-entity-form";
import { ChoiceField } from "@/components/ui/choice-field";
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
  const { id, values, set, errors: e } = f.fields;
  const nameOf = (list: Choice[], v: string) => list.find((c) => c.id === v)?.label ?? "";

  const select = (name: "actorId" | "eventId", label: string, choices: Choice[], none: string) => (
    <EntityField
      fields={f.fields}
      name={name}
      label={label}
      options={
        <>
          <option value="">{none}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </>
      }
    />
  );

  return (
    <form {...f.form} className="space-y-4">
      <EntityField
        fields={f.fields}
        name="statement"
        label="Statement"
        hint="What the automation or agent said, e.g. “rollback is impossible”."
        rows={2}
        flagInvalid
      />
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
      <EntityField
        fields={f.fields}
        name="evidence"
        label="Evidence (Markdown)"
        hint="What shows it was true or false: links to logs, dashboards, the restore."
        rows={3}
      />

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
