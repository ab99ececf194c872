"use client";
// The SVG of the visual timeline: grid, axis, lanes, milestone lines, phases
// and markers, drawn from a precomputed layout. Markers carry data-key so the
// parent handles hover, focus and clicks by delegation (no state per marker).
import { memo } from "react";
import type { TimelineLayout } from "@/lib/timeline/visual-layout";
import { MILESTONE, groupTint } from "./visual-colors";
import { ClusterMarker, EventMarker } from "./visual-markers";
import { PhaseSpan } from "./visual-phase-span";

const FONT = "ui-sans-serif, system-ui, sans-serif";

export const VisualPlot = memo(function VisualPlot({
  layout,
  clipId,
}: {
  layout: TimelineLayout;
  clipId: string;
}) {
  const { width, height, lanesBottom } = layout;
  return (
    <>
      <defs>
        <clipPath id={clipId}>
          <rect x={-2} y={0} width={width + 4} height={height} />
        </clipPath>
      </defs>

      {/* Lane bands */}
      {layout.groups.map((g) => (
        <g key={g.key}>
          <rect x={0} y={g.y} width={width} height={g.headerHeight} fill="#f5f5f4" />
          {g.lanes.map((lane, i) => (
            <rect
              key={lane.key}
              x={0}
              y={lane.y}
              width={width}
              height={lane.height}
              fill={i % 2 === 0 ? groupTint[g.key] : "#ffffff"}
            />
          ))}
        </g>
      ))}

      {/* Grid and axis */}
      <g aria-hidden="true" fontFamily={FONT}>
        {layout.ticks.map((tick) => {
          const x = xOf(layout, tick.t);
          const anchor = x < 24 ? "start" : x > width - 24 ? "end" : "middle";
          return (
            <g key={tick.t}>
              <line
                x1={x}
                x2={x}
                y1={30}
                y2={lanesBottom}
                stroke={tick.major ? "#a8a29e" : "#e7e5e4"}
                strokeWidth={1}
              />
              {tick.dateLabel ? (
                <text x={x} y={11} textAnchor={anchor} fontSize={11} fontWeight={600} fill="#44403c">
                  {tick.dateLabel}
                </text>
              ) : null}
              <text x={x} y={25} textAnchor={anchor} fontSize={11} fill="#57534e">
                {tick.label}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={width} y1={30} y2={30} stroke="#d6d3d1" />
      </g>

      {/* Phases under the lanes */}
      <g fontFamily={FONT}>
        {layout.phases.map((p) => (
          <PhaseSpan key={p.key} phase={p} />
        ))}
      </g>

      {/* Milestone lines */}
      <g fontFamily={FONT} data-testid="visual-milestones">
        {layout.milestones.map((m) => (
          <g key={m.key} data-milestone={m.key} role="img" aria-label={`${m.label}: ${m.time}`}>
            <title>{`${m.label}: ${m.time}`}</title>
            <line
              x1={m.x}
              x2={m.x}
              y1={m.labelY + 3}
              y2={layout.phasesTop - 2}
              stroke={MILESTONE}
              strokeWidth={1.25}
              strokeDasharray="4 3"
            />
            <text
              x={m.labelX}
              y={m.labelY}
              fontSize={11}
              fontWeight={700}
              fill={MILESTONE}
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {m.label}
            </text>
          </g>
        ))}
      </g>

      {/* Markers */}
      <g clipPath={`url(#${clipId})`} fontFamily={FONT}>
        {layout.markers.map((m) =>
          m.events.length === 1 ? (
            <EventMarker key={m.key} marker={m} />
          ) : (
            <ClusterMarker key={m.key} marker={m} />
          ),
        )}
      </g>
    </>
  );
});

const xOf = (layout: TimelineLayout, t: number) =>
  ((t - layout.range.start) / (layout.range.end - layout.range.start)) * layout.width;
