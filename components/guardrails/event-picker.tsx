"use client";
import { useId, useState } from "react";
import { inputClass } from "@/components/ui/styles";

export type EventChoice = { id: string; label: string };

/** Pick timeline events by checkbox, with a filter for long timelines. */
export function EventPicker({
  legend,
  events,
  value,
  onChange,
  errors,
}: {
  legend: string;
  events: EventChoice[];
  value: string[];
  onChange: (ids: string[]) => void;
  errors?: string[] | undefined;
}) {
  const uid = useId();
  const [filter, setFilter] = useState("");
  const chosen = new Set(value);
  const q = filter.trim().toLowerCase();
  const shown = q ? events.filter((e) => e.label.toLowerCase().includes(q)) : events;

  return (
    <fieldset className="space-y-2" aria-describedby={`${uid}-error`}>
      <legend className="text-sm font-medium text-stone-800">
        {legend} <span className="font-normal text-stone-500">({value.length} linked)</span>
      </legend>
      {events.length === 0 ? (
        <p className="text-sm text-stone-500">
          This postmortem has no timeline events yet. Add them on the Timeline tab, then link them here.
        </p>
      ) : (
        <>
          {events.length > 8 ? (
            <div>
              <label htmlFor={`${uid}-filter`} className="sr-only">
                Filter events
              </label>
              <input
                id={`${uid}-filter`}
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                placeholder="Filter events"
                className={inputClass}
              />
            </div>
          ) : null}
          <ul className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-stone-200 bg-white p-2">
            {shown.map((e) => (
              <li key={e.id}>
                <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-50">
                  <input
                    type="checkbox"
                    className="mt-0.5"
                    checked={chosen.has(e.id)}
                    onChange={(ev) =>
                      onChange(ev.target.checked ? [...value, e.id] : value.filter((id) => id !== e.id))
                    }
                  />
                  <span className="break-words">{e.label}</span>
                </label>
              </li>
            ))}
            {shown.length === 0 ? <li className="text-sm text-stone-500">No event matches.</li> : null}
          </ul>
        </>
      )}
      <div id={`${uid}-error`} aria-live="polite">
        {errors?.map((m) => (
          <p key={m} className="text-sm text-red-700">
            {m}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
