"use client";
// The SVG of the visual timeline: grid, axis, lanes, milestone lines, phases
// and markers, drawn from a precomputed layout. Markers carry data-key so the
// parent handles hover, focus and clicks by delegation (no state per marker).
import { memo } from "react";
import type { Marker, PositionedPhase, TimelineLayout } from "@/lib/timeline/visual-layout";
import { MILESTONE, REFUTED, groupColor, groupTint, phaseFill } from "./visual-colors";

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

const shortPhaseLabel: Record<PositionedPhase["key"], string> = {
  detect: "Detect",
  mitigate: "Mitigate",
  resolve: "Resolve",
  total: "Total",
};

function PhaseSpan({ phase: p }: { phase: PositionedPhase }) {
  const colors = phaseFill[p.key]!;
  const w = Math.max(p.x2 - p.x1, 2);
  const h = 18;
  const full = `${p.label} · ${p.duration}`;
  // Rough text width at 11 px: fit the full label, else the duration, else nothing.
  const short = `${shortPhaseLabel[p.key]} · ${p.duration}`;
  const fits = (t: string) => t.length * 6.2 + 10 < w;
  const text = [full, short, p.duration].find(fits) ?? "";
  return (
    <g data-phase={p.key} role="img" aria-label={full}>
      <title>{full}</title>
      <rect
        x={p.x1}
        y={p.y}
        width={w}
        height={h}
        rx={p.clippedStart || p.clippedEnd ? 0 : 3}
        fill={colors.fill}
        stroke={colors.stroke}
        strokeWidth={1}
      />
      {text ? (
        <text
          x={p.x1 + w / 2}
          y={p.y + 13}
          textAnchor="middle"
          fontSize={11}
          fontWeight={600}
          fill={colors.text}
        >
          {text}
        </text>
      ) : null}
    </g>
  );
}

function diamond(x: number, y: number, r: number) {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

function EventMarker({ marker: m }: { marker: Marker }) {
  const e = m.events[0]!;
  const color = groupColor[m.group];
  const r = m.pinned ? 7 : 5.5;
  return (
    <a
      href={`#event-${e.id}`}
      aria-label={m.label}
      data-key={m.key}
      data-refuted={m.refuted || undefined}
      data-decision={m.decision || undefined}
      className="group cursor-pointer outline-none"
    >
      {m.xEnd !== null ? (
        <rect
          x={m.x}
          y={m.y - 3}
          width={Math.max(m.xEnd - m.x, 1)}
          height={6}
          rx={3}
          fill={color}
          fillOpacity={0.35}
          stroke={color}
          strokeWidth={1}
        />
      ) : null}
      {/* A larger invisible target for pointer and touch. */}
      <circle cx={m.x} cy={m.y} r={12} fill="transparent" />
      <circle
        cx={m.x}
        cy={m.y}
        r={r + 6}
        fill="none"
        stroke="#1c1917"
        strokeWidth={2}
        className="opacity-0 group-hover:opacity-40 group-focus:opacity-100"
      />
      {m.refuted ? (
        <circle cx={m.x} cy={m.y} r={r + 3} fill="#ffffff" stroke={REFUTED} strokeWidth={2.5} />
      ) : null}
      {m.decision ? (
        <path
          d={diamond(m.x, m.y, r + 1.5)}
          fill={color}
          stroke={m.pinned ? "#1c1917" : "#ffffff"}
          strokeWidth={m.pinned ? 2 : 1}
        />
      ) : (
        <circle
          cx={m.x}
          cy={m.y}
          r={r}
          fill={color}
          stroke={m.pinned ? "#1c1917" : "#ffffff"}
          strokeWidth={m.pinned ? 2 : 1}
        />
      )}
      {m.milestone ? <circle cx={m.x} cy={m.y} r={1.8} fill="#ffffff" /> : null}
    </a>
  );
}

function ClusterMarker({ marker: m }: { marker: Marker }) {
  const color = groupColor[m.group];
  const count = String(m.events.length);
  const w = Math.max(m.right - m.left, 10);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${m.label}. Zoom in`}
      data-key={m.key}
      data-cluster="true"
      data-refuted={m.refuted || undefined}
      className="group cursor-zoom-in outline-none"
    >
      {m.xEnd !== null && m.xEnd > m.xLast ? (
        <rect x={m.x} y={m.y - 3} width={m.xEnd - m.x} height={6} rx={3} fill={color} fillOpacity={0.25} />
      ) : null}
      <rect
        x={m.left - 4}
        y={m.y - 13}
        width={w + 8}
        height={26}
        rx={13}
        fill="none"
        stroke="#1c1917"
        strokeWidth={2}
        className="opacity-0 group-hover:opacity-40 group-focus:opacity-100"
      />
      <rect
        x={m.left}
        y={m.y - 9}
        width={w}
        height={18}
        rx={9}
        fill={color}
        stroke={m.refuted ? REFUTED : m.pinned ? "#1c1917" : "#ffffff"}
        strokeWidth={m.refuted || m.pinned ? 2.5 : 1}
      />
      {count.length * 7 + 4 <= w ? (
        <text
          x={m.left + w / 2}
          y={m.y + 4}
          textAnchor="middle"
          fontSize={11}
          fontWeight={700}
          fill="#ffffff"
          pointerEvents="none"
        >
          {count}
        </text>
      ) : null}
    </g>
  );
}
