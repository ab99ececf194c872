"use client";
import { inputClass } from "@/components/ui/styles";
import { milestoneLabels } from "@/lib/milestones";
import { eventMilestones, milestoneField, type EventMilestone } from "@/lib/timeline/types";
import { BlastRadiusFields } from "./blast-radius-fields";
import { DecisionPointFields } from "./decision-point-fields";
import { smallLabel, type EventFieldProps } from "./event-field-props";
import type { EventFormValues, SetFormValue } from "./event-form-values";
import { EvidenceLinksField } from "./evidence-links-field";

/** The event form's details disclosure: milestone, what was known, evidence, decision, blast radius. */
export function EventDetailsFields({
  open,
  values,
  set,
  fields,
}: {
  open: boolean;
  values: EventFormValues;
  set: SetFormValue;
  fields: EventFieldProps;
}) {
  const { id, err, described, fieldError } = fields;
  return (
    <div id={id("details")} hidden={!open} className="mt-3 space-y-4 border-t border-stone-200 pt-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={id("milestone")} className={smallLabel}>
            Marks milestone
          </label>
          <select
            id={id("milestone")}
            value={values.milestone}
            onChange={(e) => set("milestone", e.target.value as EventMilestone | "")}
            className={inputClass}
            {...described("milestone")}
          >
            <option value="">None</option>
            {eventMilestones.map((m) => (
              <option key={m} value={m}>
                {milestoneLabels[milestoneField[m]]}
              </option>
            ))}
          </select>
          {fieldError("milestone")}
        </div>
        <div className="space-y-1">
          <label htmlFor={id("knownAtTheTime")} className={smallLabel}>
            What was known at the time
          </label>
          <textarea
            id={id("knownAtTheTime")}
            value={values.knownAtTheTime}
            onChange={(e) => set("knownAtTheTime", e.target.value)}
            rows={2}
            className={inputClass}
            {...described("knownAtTheTime")}
          />
          {fieldError("knownAtTheTime")}
        </div>
      </div>

      <EvidenceLinksField
        links={values.links}
        onChange={(links) => set("links", links)}
        fieldId={id}
        errorsOf={err}
      />

      <DecisionPointFields values={values} set={set} fields={fields} />

      <BlastRadiusFields values={values} set={set} fields={fields} />
    </div>
  );
}
