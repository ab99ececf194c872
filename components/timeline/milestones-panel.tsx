"use client";
import { callAction } from "@/components/actions/call-action";
import { useState, useTransition } from "react";
import { buttonClass, cx, inputClass } from "@/components/ui/styles";
import { deriveDurations, milestoneKeys, milestoneLabels, type MilestoneKey } from "@/lib/milestones";
import type { MilestoneResult } from "@/lib/schemas/timeline";
import { formatDuration, toLocalInputValue } from "@/lib/time";
import { formatEventTime } from "@/lib/timeline/relative-time";
import type { MilestoneTimes } from "@/lib/timeline/types";

/**
 * The canonical milestones with the durations derived from them (each with
 * its definition). Editors can set one directly; an order violation comes
 * back as an error beside that milestone's field and nothing is saved.
 */
export function MilestonesPanel({
  milestones,
  zone,
  canEdit,
  save,
  onSaved,
}: {
  milestones: MilestoneTimes;
  zone: string;
  canEdit: boolean;
  save: (input: { key: MilestoneKey; value: string }) => Promise<MilestoneResult>;
  onSaved: (result: Extract<MilestoneResult, { status: "success" }>) => void;
}) {
  const durations = deriveDurations(
    Object.fromEntries(milestoneKeys.map((k) => [k, milestones[k] ? new Date(milestones[k]) : null])),
  );
  return (
    <section aria-labelledby="milestones-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="milestones-heading" className="text-base font-semibold text-stone-900">
        Milestones and durations
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        Times in {zone}. Set a milestone here, or mark an event as a milestone in its details; started must be
        the earliest, each later one after the ones before.
      </p>
      <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <ul className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2">
          {milestoneKeys.map((key) => (
            <MilestoneItem
              // Remount when the value changes elsewhere (e.g. from an event) so the input shows it.
              key={`${key}-${milestones[key] ?? "none"}`}
              field={key}
              value={milestones[key]}
              zone={zone}
              canEdit={canEdit}
              save={save}
              onSaved={onSaved}
            />
          ))}
        </ul>
        <div>
          <h3 className="text-sm font-semibold text-stone-900">Durations</h3>
          <dl className="mt-2 space-y-2" aria-label="Durations">
            {durations.map((d) => (
              <div key={d.key} className="flex flex-wrap items-baseline justify-between gap-x-3">
                <dt className="text-sm text-stone-700">
                  {d.label}
                  <span className="block text-xs text-stone-500">= {d.definition}</span>
                </dt>
                <dd
                  className="text-sm font-semibold tabular-nums text-stone-900"
                  data-testid={`duration-${d.key}`}
                >
                  {d.ms === null ? "—" : formatDuration(d.ms)}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}

function MilestoneItem({
  field,
  value,
  zone,
  canEdit,
  save,
  onSaved,
}: {
  field: MilestoneKey;
  value: string | null;
  zone: string;
  canEdit: boolean;
  save: (input: { key: MilestoneKey; value: string }) => Promise<MilestoneResult>;
  onSaved: (result: Extract<MilestoneResult, { status: "success" }>) => void;
}) {
  const initial = value ? toLocalInputValue(new Date(value), zone) : "";
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `milestone-${field}`;
  const label = milestoneLabels[field];
  const shown = value ? formatEventTime(new Date(value), zone, { withYear: true }) : "Not set";

  if (!canEdit)
    return (
      <li className="flex flex-wrap justify-between gap-2 text-sm">
        <span className="font-medium text-stone-800">{label}</span>
        <span className="tabular-nums text-stone-700" data-testid={id}>
          {shown}
        </span>
      </li>
    );

  const submit = (next: string) =>
    startTransition(async () => {
      const called = await callAction(() => save({ key: field, value: next }));
      if (!called.ok) return setError(called.problem.message);
      const result = called.value;
      if (result.status === "success") {
        setError(null);
        onSaved(result);
      } else {
        setError(result.fieldErrors?.[field]?.[0] ?? result.fieldErrors?.value?.[0] ?? result.formError);
      }
    });

  return (
    <li>
      <form
        className="space-y-1"
        onSubmit={(e) => {
          e.preventDefault();
          submit(draft);
        }}
      >
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <label htmlFor={id} className="text-sm font-medium text-stone-800">
            {label}
          </label>
          <span id={`${id}-current`} className="text-xs tabular-nums text-stone-500">
            {shown}
          </span>
        </div>
        <div className="flex gap-2">
          <input
            id={id}
            type="datetime-local"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error ${id}-current`}
            className={cx(inputClass, "min-w-0 flex-1 tabular-nums")}
          />
          <button
            type="submit"
            className={cx(buttonClass.secondary, "px-3")}
            disabled={pending || draft === initial}
          >
            {pending ? "Saving…" : "Save"}
            <span className="sr-only"> {label.toLowerCase()}</span>
          </button>
          {value ? (
            <button
              type="button"
              className={cx(buttonClass.secondary, "px-3")}
              disabled={pending}
              onClick={() => {
                setDraft("");
                submit("");
              }}
            >
              Clear<span className="sr-only"> {label.toLowerCase()}</span>
            </button>
          ) : null}
        </div>
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
          {error}
        </p>
      </form>
    </li>
  );
}
