"use client";
// The visual timeline: one lane per actor (grouped by kind), markers that link
// to the event's row in the table (#event-<id>), milestone lines, phase spans,
// and zoom (buttons, presets, drag across the plot, + / − and arrow keys).
import { useCallback, useId, useMemo, useState } from "react";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "@/lib/timeline/types";
import {
  compactGeometry,
  desktopGeometry,
  layoutTimeline,
  prepareTimeline,
  zoomPresets,
  type Marker,
} from "@/lib/timeline/visual-layout";
import {
  MIN_SPAN,
  clampRange,
  formatRange,
  panRange,
  rangeAround,
  rangeBetween,
  sameRange,
  zoomRange,
  type TimeRange,
} from "@/lib/timeline/visual-scale";
import { useChartWidth } from "./use-chart-width";
import { usePlotDrag } from "./use-plot-drag";
import { chartKeyHandler } from "./visual-chart-keys";
import { ClusterList } from "./visual-cluster-list";
import { LaneLabels } from "./visual-lane-labels";
import { VisualLegend } from "./visual-legend";
import { VisualPlot } from "./visual-plot";
import { VisualTooltip } from "./visual-tooltip";
import { VisualZoomToolbar } from "./visual-zoom-toolbar";

export type VisualTimelineProps = {
  events: TimelineEventView[];
  actors: TimelineActor[];
  milestones: MilestoneTimes;
  timeZone: string;
  /** Heading (level 2); "Visual timeline" unless given. */
  title?: string;
};

const COMPACT_BELOW = 640;

export function VisualTimeline({
  events,
  actors,
  milestones,
  timeZone,
  title = "Visual timeline",
}: VisualTimelineProps) {
  const headingId = useId();
  const clipId = `vt-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const prepared = useMemo(
    () => prepareTimeline(events, actors, milestones, timeZone),
    [events, actors, milestones, timeZone],
  );
  const bounds = prepared.bounds;
  // Milestones alone do not make a chart: it needs at least one visible event.
  const hasChart = bounds !== null && prepared.events.length > 0;

  const { boxRef, boxWidth, width } = useChartWidth(hasChart);

  const compact = width < COMPACT_BELOW;
  const labelWidth = compact ? 108 : 184;
  const plotWidth = Math.max(width - labelWidth - 2, compact ? 420 : 480);
  const geometry = useMemo(
    () => ({ ...(compact ? compactGeometry : desktopGeometry), width: plotWidth }),
    [compact, plotWidth],
  );

  const [chosen, setChosen] = useState<TimeRange | null>(null);
  const range = bounds ? (chosen ? clampRange(chosen, bounds) : bounds) : null;
  const rangeStart = range?.start;
  const rangeEnd = range?.end;
  const layout = useMemo(
    () =>
      rangeStart !== undefined && rangeEnd !== undefined
        ? layoutTimeline(prepared, { start: rangeStart, end: rangeEnd }, geometry)
        : null,
    [prepared, rangeStart, rangeEnd, geometry],
  );
  const markersByKey = useMemo(() => new Map(layout?.markers.map((m) => [m.key, m])), [layout]);
  const presets = useMemo(() => zoomPresets(prepared), [prepared]);

  const [tip, setTip] = useState<Marker | null>(null);
  const [list, setList] = useState<Marker | null>(null);
  const [scrollLeft, setScrollLeft] = useState(0);

  const setRange = useCallback(
    (next: TimeRange | null) => {
      setTip(null);
      setList(null);
      setChosen(next && bounds && sameRange(clampRange(next, bounds), bounds) ? null : next);
    },
    [bounds],
  );
  const { drag, handlers: dragHandlers } = usePlotDrag(layout?.width ?? 0, {
    onStart: () => setTip(null),
    onSelect: (fromX, toX) => {
      if (layout && bounds) setRange(rangeBetween(layout.invert(fromX), layout.invert(toX), bounds));
    },
  });

  if (!hasChart || !bounds || !range || !layout) {
    return (
      <section
        aria-labelledby={headingId}
        className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6"
        data-testid="visual-timeline"
      >
        <h2 id={headingId} className="text-base font-semibold text-stone-900">
          {title}
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          {events.length > 0
            ? "All events are hidden. Show an event again to see it on the visual timeline."
            : "The visual timeline appears once events are added."}
        </p>
      </section>
    );
  }

  const span = range.end - range.start;
  const zoomIn = () => setRange(zoomRange(range, bounds, 2));
  const zoomOut = () => setRange(zoomRange(range, bounds, 0.5));
  const pan = (fraction: number) => setRange(panRange(range, bounds, fraction));

  const markerFrom = (target: EventTarget | null): Marker | null => {
    const el = target instanceof Element ? target.closest("[data-key]") : null;
    const key = el?.getAttribute("data-key");
    return key ? (markersByKey.get(key) ?? null) : null;
  };

  const openCluster = (m: Marker) => {
    // A cluster that zooming cannot separate (same instant, or already at the
    // closest zoom) opens a list of its events instead.
    if (m.to - m.from > 0 && span > MIN_SPAN + 1) setRange(rangeAround(m.from, m.to, bounds, 0.3));
    else setList((current) => (current?.key === m.key ? null : m));
  };

  const onKeyDown = chartKeyHandler({
    zoomIn,
    zoomOut,
    pan,
    whole: () => setRange(null),
    dismiss: () => {
      setList(null);
      setTip(null);
    },
    markerFrom,
    openCluster,
  });

  const rangeText = formatRange(range, prepared.zone);

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white shadow-sm print:break-inside-avoid print:border-0 print:shadow-none"
      data-testid="visual-timeline"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-stone-200 px-3 py-2 sm:px-4">
        <h2 id={headingId} className="text-base font-semibold text-stone-900">
          {title}
        </h2>
        <p className="text-sm text-stone-700" aria-live="polite">
          <span className="sr-only">Showing </span>
          <span data-testid="visual-range" className="font-medium tabular-nums">
            {rangeText}
          </span>
          <span className="text-stone-500">
            {" "}
            · {prepared.events.length} {prepared.events.length === 1 ? "event" : "events"}
          </span>
        </p>
      </div>

      <VisualZoomToolbar
        range={range}
        bounds={bounds}
        presets={presets}
        onRange={setRange}
        onZoomIn={zoomIn}
        onZoomOut={zoomOut}
        onPan={pan}
      />

      <div ref={boxRef} className="px-3 pt-2 pb-1 sm:px-4">
        <div className="relative">
          <div
            onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}
            role="group"
            aria-label={`Timeline chart, ${rangeText}. Plus and minus zoom, arrow keys move earlier or later.`}
            tabIndex={0}
            onKeyDown={onKeyDown}
            className="relative overflow-x-auto overscroll-x-contain rounded focus-visible:outline-2 focus-visible:outline-offset-2 print:overflow-visible"
            data-testid="visual-chart"
          >
            <div className="relative flex" style={{ width: labelWidth + plotWidth }}>
              <LaneLabels layout={layout} width={labelWidth} compact={compact} />
              <svg
                width={plotWidth}
                height={layout.height}
                viewBox={`0 0 ${plotWidth} ${layout.height}`}
                className="block shrink-0 touch-pan-x touch-pan-y select-none"
                {...dragHandlers}
                onPointerOver={(e) => setTip(markerFrom(e.target))}
                onPointerLeave={() => setTip(null)}
                onFocus={(e) => setTip(markerFrom(e.target))}
                onBlur={() => setTip(null)}
                onClick={(e) => {
                  const m = markerFrom(e.target);
                  if (m && m.events.length > 1) openCluster(m);
                }}
                data-testid="visual-plot"
              >
                <VisualPlot layout={layout} clipId={clipId} />
                {drag ? (
                  <rect
                    x={Math.min(drag.from, drag.to)}
                    y={0}
                    width={Math.abs(drag.to - drag.from)}
                    height={layout.height}
                    fill="#a87a1c"
                    fillOpacity={0.15}
                    stroke="#a87a1c"
                    data-testid="visual-drag"
                  />
                ) : null}
              </svg>
            </div>
          </div>
          {tip && !list ? (
            <VisualTooltip marker={tip} offsetX={labelWidth - scrollLeft} boxWidth={boxWidth} />
          ) : null}
        </div>
        {list ? <ClusterList marker={list} onClose={() => setList(null)} /> : null}
      </div>

      <div className="flex flex-col gap-1 px-3 pb-3 sm:px-4">
        <VisualLegend groups={layout.groups.map((g) => g.key)} />
        <p className="text-xs text-stone-600 print:hidden">
          Drag across the chart to zoom into a range; select a marker to go to its event in the table.
        </p>
      </div>
    </section>
  );
}
