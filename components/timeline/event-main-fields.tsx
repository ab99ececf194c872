"use client";
import type { Ref } from "react";
import { inputClass } from "@/components/ui/styles";
import { eventTypeLabels, eventTypes, type EventType, type TimelineActor } from "@/lib/timeline/types";
import { smallLabel, type EventFieldProps } from "./event-field-props";
import type { EventFormValues, SetFormValue } from "./event-form-values";
import { TimeField } from "./time-field";

/** The one-line fields of the event form: time, end time, type, actor and description. */
export function EventMainFields({
  mode,
  values,
  set,
  fields,
  zone,
  reference,
  startAt,
  actors,
  timeRef,
}: {
  mode: "entry" | "edit";
  values: EventFormValues;
  set: SetFormValue;
  fields: EventFieldProps;
  zone: string;
  reference: Date | null;
  /** The parsed start: what the end time counts from. */
  startAt: Date | null;
  actors: TimelineActor[];
  timeRef: Ref<HTMLInputElement>;
}) {
  const { id, err, described, fieldError } = fields;
  return (
    <div className="grid gap-2 sm:grid-cols-[9rem_9rem_8.5rem_10rem_minmax(0,1fr)] sm:items-start">
      <TimeField
        ref={timeRef}
        id={id("occurredAt")}
        label="Time"
        value={values.time}
        onChange={(v) => set("time", v)}
        zone={zone}
        reference={reference}
        errors={err("occurredAt")}
      />
      <TimeField
        id={id("endedAt")}
        label="End time"
        value={values.endTime}
        onChange={(v) => set("endTime", v)}
        zone={zone}
        reference={startAt}
        errors={err("endedAt")}
        optional
      />
      <div className="min-w-0 space-y-1">
        <label htmlFor={id("type")} className={smallLabel}>
          Type
        </label>
        <select
          id={id("type")}
          value={values.type}
          onChange={(e) => set("type", e.target.value as EventType)}
          className={inputClass}
          {...described("type")}
        >
          {eventTypes.map((t) => (
            <option key={t} value={t}>
              {eventTypeLabels[t]}
            </option>
          ))}
        </select>
        {fieldError("type")}
      </div>
      <div className="min-w-0 space-y-1">
        <label htmlFor={id("actorId")} className={smallLabel}>
          Actor
        </label>
        <select
          id={id("actorId")}
          value={values.actorId}
          onChange={(e) => set("actorId", e.target.value)}
          className={inputClass}
          {...described("actorId")}
        >
          <option value="">No actor</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.role ? `${a.name} (${a.role})` : a.name}
            </option>
          ))}
        </select>
        {fieldError("actorId")}
      </div>
      <div className="min-w-0 space-y-1">
        <label htmlFor={id("description")} className={smallLabel}>
          Description
        </label>
        {mode === "entry" ? (
          <input
            id={id("description")}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
            autoComplete="off"
            placeholder="What happened (Markdown)"
            className={inputClass}
            {...described("description")}
          />
        ) : (
          <textarea
            id={id("description")}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
            rows={3}
            className={inputClass}
            {...described("description")}
          />
        )}
        {fieldError("description")}
      </div>
    </div>
  );
}
