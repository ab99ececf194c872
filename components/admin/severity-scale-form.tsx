"use client";
import { useActionState, useState } from "react";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage, fieldProps } from "@/components/ui/field";
import { cx, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";
import {
  SEVERITY_DESCRIPTION_LIMIT,
  SEVERITY_LABEL_LIMIT,
  type SeverityScale,
  type SeverityValue,
} from "@/lib/severity";

const counts = ["4", "5"] as const;
const countLabels = { "4": "4 levels (SEV1–SEV4)", "5": "5 levels (SEV1–SEV5)" };

/**
 * The site admin's severity scale: how many levels are in use and what each
 * is called. Levels beyond the count keep their names, so postmortems already
 * at such a level still read well.
 */
export function SeverityScaleForm({
  scale,
  postmortemCounts,
  action,
}: {
  scale: SeverityScale;
  /** Postmortems (all teams) per level, e.g. { SEV5: 2 }. */
  postmortemCounts: Record<string, number>;
  action: (prev: FormResult, formData: FormData) => Promise<FormResult>;
}) {
  const [state, formAction] = useActionState(action, idle);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [count, setCount] = useState(v.count ?? String(scale.count));
  const value = (field: "label" | "description", level: SeverityValue, fallback: string) =>
    v[`${field}-${level}`] ?? fallback;
  const retired = scale.levels.slice(Number(count));
  const retiredInUse = retired.filter((l) => (postmortemCounts[l.value] ?? 0) > 0);

  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-4" noValidate>
      <FormMessage error={state.formError} success={state.status === "success" ? state.message : undefined} />
      <ChoiceField
        id="count"
        legend="Levels in use"
        options={counts}
        labels={countLabels}
        value={count}
        onChange={setCount}
        {...(e.count && { errors: e.count })}
      />
      {retiredInUse.map((l) => (
        <p
          key={l.value}
          className="rounded-md border border-dashed border-stone-400 px-3 py-2 text-sm text-stone-700"
        >
          {postmortemCounts[l.value]} {postmortemCounts[l.value] === 1 ? "postmortem is" : "postmortems are"}{" "}
          at {l.value}. {postmortemCounts[l.value] === 1 ? "It stays" : "They stay"} readable and{" "}
          {postmortemCounts[l.value] === 1 ? "says" : "say"} the level is no longer on the scale.
        </p>
      ))}
      <ol className="space-y-3">
        {scale.levels.map((level, index) => {
          const inUse = index < Number(count);
          const labelId = `label-${level.value}`;
          const descriptionId = `description-${level.value}`;
          const used = postmortemCounts[level.value] ?? 0;
          return (
            <li
              key={level.value}
              className={cx(
                "rounded-md border p-3",
                inUse ? "border-stone-200" : "border-dashed border-stone-300 bg-stone-50",
              )}
            >
              <p className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-semibold">{level.value}</span>
                <span className="text-xs text-stone-600">
                  {inUse ? "" : "Not in use · "}
                  {used} {used === 1 ? "postmortem" : "postmortems"}
                </span>
              </p>
              <div className="grid gap-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
                <div className="space-y-1">
                  <label htmlFor={labelId} className="block text-xs font-medium text-stone-800">
                    Name of {level.value}
                  </label>
                  <input
                    {...fieldProps(labelId, e[labelId])}
                    defaultValue={value("label", level.value, level.label)}
                    maxLength={SEVERITY_LABEL_LIMIT}
                    className={inputClass}
                  />
                </div>
                <div className="space-y-1">
                  <label htmlFor={descriptionId} className="block text-xs font-medium text-stone-800">
                    What {level.value} means
                  </label>
                  <input
                    {...fieldProps(descriptionId, e[descriptionId])}
                    defaultValue={value("description", level.value, level.description)}
                    maxLength={SEVERITY_DESCRIPTION_LIMIT}
                    className={inputClass}
                  />
                </div>
              </div>
              <div id={`${labelId}-error`} aria-live="polite">
                {e[labelId]?.map((m) => (
                  <p key={m} className="mt-1 text-sm text-red-700">
                    {m}
                  </p>
                ))}
              </div>
              <div id={`${descriptionId}-error`} aria-live="polite">
                {e[descriptionId]?.map((m) => (
                  <p key={m} className="mt-1 text-sm text-red-700">
                    {m}
                  </p>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
      <SubmitButton pendingText="Saving…">Save severity scale</SubmitButton>
    </form>
  );
}
