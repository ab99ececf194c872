"use client";
import { useId, useState } from "react";
import { conflictRows } from "@/components/actors/conflict-notice";
import { EntityFormFooter } from "@/components/actors/entity-form-footer";
import { useEntitySave } from "@/components/actors/use-entity-save";
import { ChoiceField } from "@/components/ui/choice-field";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import type { EntityResult } from "@/lib/schemas/entity";
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
  initial,
  baseVersion: initialBase,
  events,
  save,
  onDone,
  submitLabel,
}: {
  initial: GuardrailFormValues;
  baseVersion: number | null;
  events: EventChoice[];
  /** `idempotencyKey` belongs to this attempt; creates pass it to the action. */
  save: (
    input: GuardrailFormValues,
    baseVersion: number | null,
    idempotencyKey: string,
  ) => Promise<EntityResult<GuardrailRecord>>;
  onDone: () => void;
  submitLabel: string;
}) {
  const uid = useId();
  const id = (n: string) => `${uid}-${n}`;
  const [values, setValues] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(initialBase);
  const { pending, result, run, clear } = useEntitySave<GuardrailRecord>();
  const e = result?.status === "error" ? (result.fieldErrors ?? {}) : {};
  const set = <K extends keyof GuardrailFormValues>(k: K, v: GuardrailFormValues[K]) =>
    setValues((all) => ({ ...all, [k]: v }));
  const submit = (version: number | null) =>
    run({ values, version }, (idempotencyKey) => save(values, version, idempotencyKey), onDone);
  const label = (eventId: string) => events.find((ev) => ev.id === eventId)?.label ?? "(deleted event)";

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(ev) => {
        ev.preventDefault();
        submit(baseVersion);
      }}
    >
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
        result={result}
        pending={pending}
        baseVersion={baseVersion}
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
        onUseTheirs={(current) => {
          setValues(guardrailValues(current));
          setBaseVersion(current.version);
        }}
        onKeepMine={(version) => {
          setBaseVersion(version);
          submit(version);
        }}
        clear={clear}
        submitLabel={submitLabel}
        onDone={onDone}
      />
    </form>
  );
}
