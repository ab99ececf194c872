"use client";
import Link from "next/link";
import { useId } from "react";
import { ActionProblem } from "@/components/actions/action-problem";
import { buttonClass, cx } from "@/components/ui/styles";
import type { TimelineActor } from "@/lib/timeline/types";
import { EventDetailsFields } from "./event-details-fields";
import { eventFieldProps } from "./event-field-props";
import { EventMainFields } from "./event-main-fields";
import { useEventForm, type EventFormOptions } from "./use-event-form";

export { emptyForm, formFromEvent, type EventFormValues } from "./event-form-values";

/**
 * The event form: the entry row at the end of the table ("entry") and the
 * inline editor of one row ("edit"). Enter in a one-line field saves, Escape
 * clears (entry) or cancels (edit); details are behind a disclosure.
 */
export function EventForm({
  actors,
  actorsHref,
  ...options
}: EventFormOptions & { actors: TimelineActor[]; actorsHref: string }) {
  const { mode, zone, reference } = options;
  const uid = useId();
  const form = useEventForm(options);
  const { values, set, pending } = form;
  const fields = eventFieldProps(uid, form.errors);
  const title = mode === "entry" ? "New event" : "Edit event";

  return (
    <form
      aria-label={title}
      onSubmit={form.onSubmit}
      onKeyDown={form.onKeyDown}
      noValidate
      className={cx(
        "rounded-lg border p-3",
        mode === "entry" ? "border-stone-300 bg-stone-50" : "border-brand-600 bg-white shadow-sm",
      )}
    >
      <EventMainFields
        mode={mode}
        values={values}
        set={set}
        fields={fields}
        zone={zone}
        reference={reference}
        startAt={form.startAt}
        actors={actors}
        timeRef={form.timeRef}
      />

      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Saving…" : mode === "entry" ? "Add event" : "Save event"}
        </button>
        {mode === "edit" ? (
          <button type="button" className={buttonClass.secondary} onClick={options.onCancel}>
            Cancel
          </button>
        ) : null}
        <button
          type="button"
          className="text-sm font-medium text-stone-700 underline-offset-2 hover:underline"
          aria-expanded={form.detailsOpen}
          aria-controls={fields.id("details")}
          onClick={form.toggleDetails}
        >
          {form.detailsOpen ? "Hide details" : "More details"}
        </button>
        {actors.length === 0 ? (
          <p className="text-xs text-stone-600">
            No actors yet.{" "}
            <Link href={actorsHref} className={buttonClass.link}>
              Add actors
            </Link>
          </p>
        ) : null}
        <span className="text-xs text-stone-500">
          {mode === "entry"
            ? "Enter saves and starts the next row · Esc clears"
            : "Enter saves · Esc cancels"}
        </span>
      </div>
      <div role="status" aria-live="polite">
        {form.formError ? <p className="mt-2 text-sm text-red-700">{form.formError}</p> : null}
      </div>
      <ActionProblem problem={form.problem} onRetry={form.retry} pending={pending} className="mt-2" />

      <EventDetailsFields open={form.detailsOpen} values={values} set={set} fields={fields} />
    </form>
  );
}
