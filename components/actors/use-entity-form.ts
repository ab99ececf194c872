"use client";
import { useId, useState, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/action-result";
import type { EntityResult } from "@/lib/schemas/entity";
import { useEntitySave } from "./use-entity-save";

/** The props every versioned entity form takes (actors, guardrails, claims). */
export type EntityFormProps<Values, Current> = {
  initial: Values;
  /** The version being edited; null when adding. */
  baseVersion: number | null;
  /** `idempotencyKey` belongs to this attempt; creates pass it to the action. */
  save: (input: Values, baseVersion: number | null, idempotencyKey: string) => Promise<EntityResult<Current>>;
  onDone: () => void;
  submitLabel: string;
};

/** What a form's field groups need: ids, the values, a setter and the field errors. */
export type EntityFields<Values> = {
  id: (name: string) => string;
  values: Values;
  set: <K extends keyof Values>(key: K, value: Values[K]) => void;
  errors: FieldErrors;
};

/**
 * The state and wiring of a versioned entity form: its values, the version
 * they are based on, the save, and the props of the `<form>` and of its
 * EntityFormFooter (conflict notice or form error, Save and Cancel).
 */
export function useEntityForm<Values, Current extends { version: number }>({
  initial,
  baseVersion: initialBase,
  save,
  onDone,
  submitLabel,
  fromRecord,
}: EntityFormProps<Values, Current> & {
  /** Their record as form values, for "Use theirs". */
  fromRecord: (current: Current) => Values;
}) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [values, setValues] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(initialBase);
  const { pending, result, run, clear } = useEntitySave<Current>();
  const errors: FieldErrors = result?.status === "error" ? (result.fieldErrors ?? {}) : {};
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (version: number | null) =>
    run({ values, version }, (idempotencyKey) => save(values, version, idempotencyKey), onDone);

  const fields: EntityFields<Values> = { id, values, set, errors };
  return {
    fields,
    clear,
    form: {
      noValidate: true,
      onSubmit: (ev: FormEvent<HTMLFormElement>) => {
        ev.preventDefault();
        submit(baseVersion);
      },
    },
    footer: {
      result,
      pending,
      baseVersion,
      onUseTheirs: (current: Current) => {
        setValues(fromRecord(current));
        setBaseVersion(current.version);
      },
      onKeepMine: (version: number | null) => {
        setBaseVersion(version);
        submit(version);
      },
      clear,
      submitLabel,
      onDone,
    },
  };
}
