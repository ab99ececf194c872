"use client";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { TimelineEventView } from "@/lib/timeline/types";
import { EventRow, type RowCallbacks } from "./event-row";

/** The event rows under their column headings; the row being edited is replaced by its editor. */
export function EventTable({
  zone,
  localZone,
  shown,
  pending,
  actorLabels,
  canEdit,
  expanded,
  highlightId,
  busyId,
  callbacks,
  editingId,
  renderEditor,
  onClearFilters,
}: {
  zone: string;
  /** The viewer's own zone, known only after hydration. */
  localZone: string | null;
  /** The events the filters let through. */
  shown: TimelineEventView[];
  /** Events still loading after the page's first window. */
  pending: number;
  actorLabels: ReadonlyMap<string, string>;
  canEdit: boolean;
  expanded: ReadonlySet<string>;
  highlightId: string | null;
  busyId: string | null;
  callbacks: RowCallbacks;
  editingId: string | undefined;
  renderEditor: (event: TimelineEventView) => ReactNode;
  onClearFilters: () => void;
}) {
  return (
    <div className="overflow-hidden rounded-lg border border-stone-200 bg-white">
      <div
        aria-hidden="true"
        className="hidden gap-x-3 border-b border-stone-200 bg-stone-50 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-stone-500 sm:grid sm:grid-cols-[9.5rem_6.5rem_9rem_minmax(0,1fr)_auto]"
      >
        <span>Time ({zone})</span>
        <span>Type</span>
        <span>Actor</span>
        <span>What happened</span>
        <span className="text-right">Actions</span>
      </div>
      {shown.length === 0 && pending === 0 ? (
        <p className="px-3 py-6 text-center text-sm text-stone-600">
          No events match these filters.{" "}
          <button type="button" className={buttonClass.link} onClick={onClearFilters}>
            Clear filters
          </button>
        </p>
      ) : null}
      <ol aria-label="Timeline events" className="timeline-rows">
        {shown.map((event) =>
          event.id === editingId ? (
            renderEditor(event)
          ) : (
            <EventRow
              key={event.id}
              event={event}
              actorLabel={event.actorId ? (actorLabels.get(event.actorId) ?? null) : null}
              zone={zone}
              localZone={localZone}
              canEdit={canEdit}
              expanded={expanded.has(event.id)}
              highlighted={highlightId === event.id}
              busy={busyId === event.id}
              callbacks={callbacks}
            />
          ),
        )}
      </ol>
      {pending > 0 ? (
        <p className="px-3 py-4 text-center text-sm text-stone-600">Loading {pending} more events…</p>
      ) : null}
    </div>
  );
}
