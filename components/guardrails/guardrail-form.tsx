"use client";
import { useId, useState } from "react";
import { ConflictNotice, conflictRows } from "@/components/actors/conflict-notice";
import { useEntitySave } from "@/components/actors/use-entity-save";
import { Field, FormMessage } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/styles";
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
  save: (input: GuardrailFormValues, baseVersion: number | null) => Promise<EntityResult<GuardrailRecord>>;
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
  const submit = (version: number | null) => run(() => save(values, version), onDone);
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
      <fieldset aria-describedby={`${id("state")}-error`}>
        <legend className="mb-2 text-sm font-medium text-stone-800">What happened to it</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {guardrailStates.map((s) => (
            <label
              key={s}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-stone-900 has-[:checked]:bg-stone-50"
            >
              <input
                type="radio"
                name={id("state")}
                value={s}
                checked={values.state === s}
                onChange={() => set("state", s)}
              />
              {guardrailStateLabels[s]}
            </label>
          ))}
        </div>
        <div id={`${id("state")}-error`} aria-live="polite">
          {e.state?.map((m) => (
            <p key={m} className="text-sm text-red-700">
              {m}
            </p>
          ))}
        </div>
      </fieldset>
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

      {result?.status === "conflict" ? (
        <ConflictNotice
          message={result.message}
          pending={pending}
          rows={
            result.current
              ? conflictRows([
                  { label: "Control", theirs: result.current.name, mine: values.name },
                  { label: "Kind", theirs: result.current.kind, mine: values.kind },
                  {
                    label: "State",
                    theirs: guardrailStateLabels[result.current.state],
                    mine: values.state ? guardrailStateLabels[values.state] : "",
                  },
                  { label: "Notes", theirs: result.current.notes, mine: values.notes },
                  {
                    label: "Events",
                    theirs: result.current.eventIds.map(label).sort().join("; "),
                    mine: values.eventIds.map(label).sort().join("; "),
                  },
                ])
              : []
          }
          onUseTheirs={() => {
            if (result.current) {
              setValues(guardrailValues(result.current));
              setBaseVersion(result.current.version);
            }
            clear();
          }}
          onKeepMine={() => {
            const theirs = result.current?.version ?? baseVersion;
            setBaseVersion(theirs);
            submit(theirs);
          }}
        />
      ) : (
        <FormMessage error={result?.status === "error" ? result.formError : undefined} />
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass.primary} disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={onDone} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
