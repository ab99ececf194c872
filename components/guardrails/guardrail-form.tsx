"use client";
import { conflictRows } from "@/components/actors/conflict-notice";
import { EntityFormFooter } from "@/components/actors/entity-form-footer";
import { useEntityForm, type EntityFormProps } from "@/components/actors/use-entity-form";
import { ChoiceField } from "@/components/ui/choice-field";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import {
  guardrailKindSuggestions,
  guardrailStateLabels,
  guardrailStates,
  type GuardrailRecord,
} from "@/lib/schemas/guardrails";
import type { GuardrailState } from "@/lib/timeline/types";
import { EventPicker, type EventChoice } from "./event-picker";

export type GuardrailFormValues = {
  name: string;
  kind: string;
  state: GuardrailState | "";
  notes: string;
  eventIds: string[];
};

export const emptyGuardrail: GuardrailFormValues = { name: "", kind: "", state: "", notes: "", eventIds: [] };

export const guardrailValues = (g: GuardrailRecord): GuardrailFormValues => ({
  name: g.name,
  kind: g.kind,
  state: g.state,
  notes: g.notes,
  eventIds: g.eventIds,
});

export function GuardrailForm({
  events,
  ...props
}: EntityFormProps<GuardrailFormValues, GuardrailRecord> & { events: EventChoice[] }) {
  const f = useEntityForm({ ...props, fromRecord: guardrailValues });
  const { id, values, set, errors: e } = f;
  const label = (eventId: string) => events.find((ev) => ev.id === eventId)?.label ?? "(deleted event)";

  return (
    <form {...f.form} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={id("name")}
          label="Control"
          hint="e.g. “two-person sign-off for production”"
          errors={e.name}
        >
          <input
            id={id("name")}
            value={values.name}
            onChange={(ev) => set("name", ev.target.value)}
            aria-invalid={e.name?.length ? true : undefined}
            aria-describedby={`${id("name")}-error ${id("name")}-hint`}
            className={inputClass}
          />
        </Field>
        <Field id={id("kind")} label="Kind" hint="Pick a suggestion or type your own." errors={e.kind}>
          <input
            id={id("kind")}
            list={id("kinds")}
            value={values.kind}
            onChange={(ev) => set("kind", ev.target.value)}
            aria-invalid={e.kind?.length ? true : undefined}
            aria-describedby={`${id("kind")}-error ${id("kind")}-hint`}
            className={inputClass}
          />
          <datalist id={id("kinds")}>
            {guardrailKindSuggestions.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </Field>
      </div>
      <ChoiceField
        id={id("state")}
        legend="What happened to it"
        options={guardrailStates}
        labels={guardrailStateLabels}
        value={values.state}
        onChange={(s) => set("state", s)}
        errors={e.state}
        className="grid gap-2 sm:grid-cols-2"
      />
      <Field id={id("notes")} label="Notes (Markdown, optional)" errors={e.notes}>
        <textarea
          id={id("notes")}
          rows={3}
          value={values.notes}
          onChange={(ev) => set("notes", ev.target.value)}
          aria-describedby={`${id("notes")}-error`}
          className={inputClass}
        />
      </Field>
      <EventPicker
        legend="Events where it mattered"
        events={events}
        value={values.eventIds}
        onChange={(ids) => set("eventIds", ids)}
        errors={e.eventIds}
      />

      <EntityFormFooter
        {...f.footer}
        conflictRows={(current) =>
          conflictRows([
            { label: "Control", theirs: current.name, mine: values.name },
            { label: "Kind", theirs: current.kind, mine: values.kind },
            {
              label: "State",
              theirs: guardrailStateLabels[current.state],
              mine: values.state ? guardrailStateLabels[values.state] : "",
            },
            { label: "Notes", theirs: current.notes, mine: values.notes },
            {
              label: "Events",
              theirs: current.eventIds.map(label).sort().join("; "),
              mine: values.eventIds.map(label).sort().join("; "),
            },
          ])
        }
      />
    </form>
  );
}
