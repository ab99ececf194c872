"use client";
import { inputClass } from "@/components/ui/styles";
import { smallLabel, type EventFieldProps } from "./event-field-props";
import type { EventFormValues, SetFormValue } from "./event-form-values";
import { decisionFields } from "./labels";

/** The decision point checkbox and, when checked, what the actor knew, believed and weighed. */
export function DecisionPointFields({
  values,
  set,
  fields,
}: {
  values: EventFormValues;
  set: SetFormValue;
  fields: EventFieldProps;
}) {
  const { id, described, fieldError } = fields;
  return (
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
  );
}
