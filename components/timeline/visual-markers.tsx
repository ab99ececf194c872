// The event markers of the visual plot. They carry data-key and no handlers:
// VisualTimeline handles hover, focus and clicks by delegation.
import type { Marker } from "@/lib/timeline/visual-layout";
import { REFUTED, groupColor } from "./visual-colors";

function diamond(x: number, y: number, r: number) {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

/** One event: a link to its row in the table (#event-<id>). */
export function EventMarker({ marker: m }: { marker: Marker }) {
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

/** Several events too close to tell apart: a pill with the count; selecting it zooms in. */
export function ClusterMarker({ marker: m }: { marker: Marker }) {
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
