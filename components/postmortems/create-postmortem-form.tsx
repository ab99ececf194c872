"use client";
import { useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { Field, FormMessage, fieldProps } from "@/components/ui/field";
import { cx, inputClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";

type TemplateOption = { value: string; label: string; description: string; sectionTitles: string[] };

export function CreatePostmortemForm({
  action,
  severities,
  defaultSeverity,
  templates,
  timeZones,
  defaultTemplate,
}: {
  action: (prev: FormResult, formData: FormData) => Promise<FormResult>;
  /** The organisation's scale (lib/severity.ts severityOptions). */
  severities: { value: string; label: string }[];
  defaultSeverity: string;
  templates: TemplateOption[];
  timeZones: string[];
  defaultTemplate: string;
}) {
  const { state, formAction } = useServerAction(action, idle);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [browserZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  const [template, setTemplate] = useState(v.template ?? defaultTemplate);
  // React resets uncontrolled fields after an action: key the form by the result so defaults re-apply.
  return (
    <form
      key={JSON.stringify(v)}
      action={formAction}
      className="max-w-2xl space-y-5 rounded-lg border border-stone-200 bg-white p-5"
      noValidate
    >
      <FormMessage error={state.formError} />
      <Field
        id="title"
        label="Title"
        errors={e.title}
        hint="What happened, in a few neutral words: e.g. “Checkout errors after a config rollout”."
      >
        <input
          {...fieldProps("title", e.title)}
          defaultValue={v.title}
          className={inputClass}
          maxLength={200}
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="severity" label="Severity" errors={e.severity}>
          <select
            {...fieldProps("severity", e.severity)}
            defaultValue={v.severity ?? defaultSeverity}
            className={inputClass}
          >
            {severities.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="timeZone" label="Incident time zone" errors={e.timeZone}>
          <select
            {...fieldProps("timeZone", e.timeZone)}
            defaultValue={v.timeZone ?? browserZone}
            className={inputClass}
          >
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
            {!timeZones.includes("UTC") ? <option value="UTC">UTC</option> : null}
          </select>
        </Field>
      </div>
      <Field
        id="startedAt"
        label="Incident start (optional)"
        errors={e.startedAt}
        hint="In the incident's time zone. You can refine it from the timeline later."
      >
        <input
          {...fieldProps("startedAt", e.startedAt)}
          type="datetime-local"
          defaultValue={v.startedAt}
          className={inputClass}
        />
      </Field>
      <fieldset aria-describedby="template-error">
        <legend className="mb-2 text-sm font-medium text-stone-800">Template</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {templates.map((t) => (
            <label
              key={t.value}
              className={cx(
                "flex cursor-pointer flex-col gap-1 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
                template === t.value
                  ? "border-stone-900 bg-stone-50"
                  : "border-stone-200 hover:border-stone-400",
              )}
            >
              <span className="flex items-center gap-2 font-medium">
                <input
                  type="radio"
                  name="template"
                  value={t.value}
                  checked={template === t.value}
                  onChange={() => setTemplate(t.value)}
                />
                {t.label}
              </span>
              <span className="text-xs text-stone-600">{t.description}</span>
              <span className="text-xs text-stone-500">
                {t.sectionTitles.length} {t.sectionTitles.length === 1 ? "section" : "sections"}:{" "}
                {t.sectionTitles.slice(0, 4).join(", ")}
                {t.sectionTitles.length > 4 ? "…" : ""}
              </span>
            </label>
          ))}
        </div>
        <div id="template-error" aria-live="polite">
          {e.template?.map((m) => (
            <p key={m} className="mt-1 text-sm text-red-700">
              {m}
            </p>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingText="Creating…">Create postmortem</SubmitButton>
    </form>
  );
}
