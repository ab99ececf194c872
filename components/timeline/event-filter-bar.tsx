"use client";
import type { Dispatch, SetStateAction } from "react";
import { cx, inputClass } from "@/components/ui/styles";
import { clearedFilters, isFiltered, type EventFilters } from "@/lib/timeline/event-list";
import { eventTypeLabels, eventTypes, type EventType, type TimelineActor } from "@/lib/timeline/types";

/** The filters above the event rows: actor, type, pinned only, show hidden. */
export function EventFilterBar({
  filters,
  setFilters,
  actors,
  actorLabels,
}: {
  filters: EventFilters;
  setFilters: Dispatch<SetStateAction<EventFilters>>;
  actors: TimelineActor[];
  actorLabels: ReadonlyMap<string, string>;
}) {
  return (
    <fieldset className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
      <legend className="sr-only">Filter events</legend>
      <div className="space-y-1">
        <label htmlFor="filter-actor" className="block text-xs font-medium text-stone-700">
          Actor
        </label>
        <select
          id="filter-actor"
          value={filters.actorId}
          onChange={(e) => setFilters((f) => ({ ...f, actorId: e.target.value }))}
          className={cx(inputClass, "w-auto")}
        >
          <option value="">All actors</option>
          <option value="none">No actor</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {actorLabels.get(a.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-type" className="block text-xs font-medium text-stone-700">
          Type
        </label>
        <select
          id="filter-type"
          value={filters.type}
          onChange={(e) => setFilters((f) => ({ ...f, type: e.target.value as EventType | "" }))}
          className={cx(inputClass, "w-auto")}
        >
          <option value="">All types</option>
          {eventTypes.map((t) => (
            <option key={t} value={t}>
              {eventTypeLabels[t]}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 pb-2 text-sm text-stone-800">
        <input
          type="checkbox"
          checked={filters.pinnedOnly}
          onChange={(e) => setFilters((f) => ({ ...f, pinnedOnly: e.target.checked }))}
          className="h-4 w-4 rounded border-stone-400"
        />
        Pinned only
      </label>
      <label className="flex items-center gap-2 pb-2 text-sm text-stone-800">
        <input
          type="checkbox"
          checked={filters.showHidden}
          onChange={(e) => setFilters((f) => ({ ...f, showHidden: e.target.checked }))}
          className="h-4 w-4 rounded border-stone-400"
        />
        Show hidden
      </label>
      {isFiltered(filters) ? (
        <button
          type="button"
          className="pb-2 text-sm font-medium text-stone-700 underline-offset-2 hover:underline"
          onClick={() => setFilters(clearedFilters)}
        >
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
