"use client";
import { inputClass } from "@/components/ui/styles";
import { TagInput } from "@/components/ui/tag-input";
import { smallLabel, type EventFieldProps } from "./event-field-props";
import type { EventFormValues, SetFormValue } from "./event-form-values";
import { environmentLabels, reversibilityLabels } from "./labels";

/** What the event touched: resources, environment, reversibility, and whether it crossed into production. */
export function BlastRadiusFields({
  values,
  set,
  fields,
}: {
  values: EventFormValues;
  set: SetFormValue;
  fields: EventFieldProps;
}) {
  const { id, err } = fields;
  return (
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
  );
}
