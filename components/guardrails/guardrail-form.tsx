"use client";
import { conflictRows } from "@/components/actors/conflict-notice";
import { EntityField } from "@/components/actors/entity-field";
import { EntityFormFooter } from "@/components/actors/entity-form-footer";
import { useEntityForm, type EntityFormProps } from "@/components/actors/use-entity-form";
import { ChoiceField } from "@/components/ui/choice-field";
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
  const { id, values, set, errors: e } = f.fields;
  const label = (eventId: string) => events.find((ev) => ev.id === eventId)?.label ?? "(deleted event)";

  return (
    <form {...f.form} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <EntityField
          fields={f.fields}
          name="name"
          label="Control"
          hint="e.g. “two-person sign-off for production”"
        />
        <EntityField
          fields={f.fields}
          name="kind"
          label="Kind"
          hint="Pick a suggestion or type your own."
          list={id("kinds")}
        >
          <datalist id={id("kinds")}>
            {guardrailKindSuggestions.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </EntityField>
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
      <EntityField fields={f.fields} name="notes" label="Notes (Markdown, optional)" rows={3} />
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
