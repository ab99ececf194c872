"use client";
import { useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";

type SectionDraft = { title: string; helpText: string; guidingQuestions: string };

export type TemplateFormValues = {
  name: string;
  description: string;
  isDefault: boolean;
  version: number;
  sections: SectionDraft[];
};

function parseSections(raw: string | undefined): SectionDraft[] | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SectionDraft[];
  } catch {
    return null;
  }
}

/** Create or edit a team template: its sections, their help text and guiding questions. */
export function TemplateForm({
  action,
  initial,
}: {
  action: (prev: FormResult, formData: FormData) => Promise<FormResult>;
  initial: TemplateFormValues;
}) {
  const { state, formAction } = useServerAction(action, idle);
  const [sections, setSections] = useState<SectionDraft[]>(initial.sections);
  const e = state.fieldErrors ?? {};
  const v = state.values;

  // After a failed save, what the user submitted wins over the initial values.
  const [echoed, setEchoed] = useState<FormResult | null>(null);
  if (state !== echoed && state.status === "error") {
    setEchoed(state);
    const again = parseSections(v?.sections);
    if (again) setSections(again);
  }

  const update = (i: number, patch: Partial<SectionDraft>) =>
    setSections((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: -1 | 1) =>
    setSections((all) => {
      const next = [...all];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      return next;
    });

  return (
    <form action={formAction} className="max-w-3xl space-y-5" noValidate>
      <FormMessage error={state.formError} />
      <input type="hidden" name="version" value={initial.version} />
      <input type="hidden" name="sections" value={JSON.stringify(sections)} />
      <div className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
        <Field id="name" label="Template name" errors={e.name}>
          <input
            {...fieldProps("name", e.name)}
            defaultValue={v?.name ?? initial.name}
            className={inputClass}
          />
        </Field>
        <Field id="description" label="Description" errors={e.description}>
          <input
            {...fieldProps("description", e.description)}
            defaultValue={v?.description ?? initial.description}
            className={inputClass}
          />
        </Field>
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input
            type="checkbox"
            name="isDefault"
            value="on"
            defaultChecked={v ? v.isDefault === "on" : initial.isDefault}
          />
          Default template for new postmortems of this team
        </label>
      </div>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold text-stone-800">Sections ({sections.length})</legend>
        {e.sections ? <p className="text-sm text-red-700">{e.sections.join(" ")}</p> : null}
        {sections.map((s, i) => {
          const titleErrors = e[`sections.${i}.title`];
          return (
            <div key={i} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-end gap-2">
                <div className="min-w-0 flex-1">
                  <Field id={`section-${i}-title`} label={`Section ${i + 1} title`} errors={titleErrors}>
                    <input
                      id={`section-${i}-title`}
                      aria-invalid={titleErrors ? true : undefined}
                      aria-describedby={`section-${i}-title-error`}
                      value={s.title}
                      onChange={(ev) => update(i, { title: ev.target.value })}
                      className={inputClass}
                    />
                  </Field>
                </div>
                <button
                  type="button"
                  className={buttonClass.secondary}
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  aria-label={`Move section ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={buttonClass.secondary}
                  onClick={() => move(i, 1)}
                  disabled={i === sections.length - 1}
                  aria-label={`Move section ${i + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={buttonClass.danger}
                  onClick={() => setSections((all) => all.filter((_, j) => j !== i))}
                  aria-label={`Remove section ${i + 1}`}
                >
                  Remove
                </button>
              </div>
              <Field id={`section-${i}-help`} label="Help text">
                <textarea
                  id={`section-${i}-help`}
                  rows={2}
                  value={s.helpText}
                  onChange={(ev) => update(i, { helpText: ev.target.value })}
                  className={inputClass}
                />
              </Field>
              <Field id={`section-${i}-questions`} label="Guiding questions (one per line)">
                <textarea
                  id={`section-${i}-questions`}
                  rows={3}
                  value={s.guidingQuestions}
                  onChange={(ev) => update(i, { guidingQuestions: ev.target.value })}
                  className={inputClass}
                />
              </Field>
            </div>
          );
        })}
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => setSections((all) => [...all, { title: "", helpText: "", guidingQuestions: "" }])}
        >
          Add a section
        </button>
      </fieldset>
      <SubmitButton pendingText="Saving…">Save template</SubmitButton>
    </form>
  );
}
