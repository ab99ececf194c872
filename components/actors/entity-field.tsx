"use client";
import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import type { EntityFields } from "./use-entity-form";

type TextKey<Values> = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

/**
 * One labelled text field of an entity form (actors, guardrails, claims),
 * bound to its value and its errors: a select when given options, a textarea
 * when given rows, else an input.
 */
export function EntityField<Values>({
  fields: { id, values, set, errors },
  name,
  label,
  hint,
  rows,
  list,
  required = false,
  flagInvalid = rows === undefined,
  describeHint = hint !== undefined,
  options,
  children,
}: {
  fields: EntityFields<Values>;
  name: TextKey<Values> & string;
  label: string;
  hint?: string | undefined;
  rows?: number;
  /** An input's datalist id. */
  list?: string;
  /** Marked aria-required (the forms validate on the server, so no `required`). */
  required?: boolean;
  /** Sets aria-invalid while the field has errors (by default inputs and selects do, textareas not). */
  flagInvalid?: boolean;
  /** Whether aria-describedby names the hint too. */
  describeHint?: boolean;
  /** A select's options. */
  options?: ReactNode;
  /** What follows the control inside the field (a datalist). */
  children?: ReactNode;
}) {
  const fieldErrors = errors[name];
  const props = {
    value: values[name] as string,
    onChange: (ev: { target: { value: string } }) => set(name, ev.target.value as Values[typeof name]),
    "aria-invalid": flagInvalid && fieldErrors?.length ? true : undefined,
    "aria-describedby": describeHint ? `${id(name)}-error ${id(name)}-hint` : `${id(name)}-error`,
  };
  return (
    <Field id={id(name)} label={label} hint={hint} errors={fieldErrors}>
      {options !== undefined ? (
        <select id={id(name)} {...props} className={inputClass}>
          {options}
        </select>
      ) : rows !== undefined ? (
        <textarea id={id(name)} rows={rows} {...props} className={inputClass} />
      ) : (
        <input
          id={id(name)}
          list={list}
          {...props}
          aria-required={required || undefined}
          className={inputClass}
        />
      )}
      {children}
    </Field>
  );
}
