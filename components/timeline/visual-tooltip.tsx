"use client";
import { eventTypeLabels } from "@/lib/timeline/types";
import { milestoneEventLabels, type Marker } from "@/lib/timeline/visual-layout";

/** The hover/focus card of a marker: the event's time, type, actor, words and flags. */
export function VisualTooltip({
  marker,
  offsetX,
  boxWidth,
}: {
  marker: Marker;
  /** Where x = 0 of the plot is in the positioned parent (labels' width minus the scroll). */
  offsetX: number;
  boxWidth: number;
}) {
  const single = marker.events.length === 1 ? marker.events[0]! : null;
  const [when] = marker.label.split(" · ");
  const left = Math.min(Math.max(offsetX + marker.x - 112, 0), Math.max(boxWidth - 224, 0));
  const flags = [
    marker.milestone && single
      ? {
          text: `Milestone: ${milestoneEventLabels[marker.milestone]}`,
          cls: "bg-white text-stone-900 ring-stone-900",
        }
      : null,
    marker.refuted ? { text: "Refuted claim", cls: "bg-red-50 text-red-800 ring-red-300" } : null,
    marker.decision ? { text: "Decision point", cls: "bg-stone-100 text-stone-800 ring-stone-300" } : null,
    marker.pinned ? { text: "Pinned", cls: "bg-brand-50 text-brand-700 ring-brand-500" } : null,
  ].filter((f) => f !== null);
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-30 w-56 rounded-md border border-stone-300 bg-white px-2.5 py-2 text-xs shadow-lg print:hidden"
      style={{ left, top: marker.y + 16 }}
      data-testid="visual-tooltip"
    >
      {single ? (
        <>
          <p className="font-semibold text-stone-900 tabular-nums">{when}</p>
          <p className="text-stone-600">
            {eventTypeLabels[single.type]} · {single.actorName}
          </p>
          {single.summary ? <p className="mt-1 text-stone-800">{single.summary}</p> : null}
        </>
      ) : (
        <>
          <p className="font-semibold text-stone-900">{marker.events.length} events</p>
          <p className="text-stone-600">{marker.label.split(" · ").slice(1).join(" · ")}</p>
          <p className="mt-1 text-stone-500">
            {marker.to > marker.from ? "Select to zoom in." : "Select to list them."}
          </p>
        </>
      )}
      {flags.length ? (
        <p className="mt-1.5 flex flex-wrap gap-1">
          {flags.map((f) => (
            <span
              key={f.text}
              className={`rounded-full px-1.5 py-0.5 font-medium ring-1 ring-inset ${f.cls}`}
            >
              {f.text}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
