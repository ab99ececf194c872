import type { PositionedPhase } from "@/lib/timeline/visual-layout";
import { phaseFill } from "./visual-colors";

const shortPhaseLabel: Record<PositionedPhase["key"], string> = {
  detect: "Detect",
  mitigate: "Mitigate",
  resolve: "Resolve",
  total: "Total",
};

/** A phase (detect, mitigate, resolve, total) as a labelled bar under the lanes. */
export function PhaseSpan({ phase: p }: { phase: PositionedPhase }) {
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
