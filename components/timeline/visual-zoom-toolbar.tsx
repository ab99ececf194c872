"use client";
import { cx } from "@/components/ui/styles";
import type { ZoomPreset } from "@/lib/timeline/visual-layout";
import { MIN_SPAN, rangeAround, sameRange, type TimeRange } from "@/lib/timeline/visual-scale";

const buttonBase =
  "inline-flex items-center justify-center rounded-md border border-stone-300 bg-white px-2 py-1 text-xs font-medium whitespace-nowrap text-stone-800 shadow-sm hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 sm:px-2.5 sm:text-sm";

/** Zoom buttons (whole incident, in, out, earlier, later) and the presets (incident window, phases). */
export function VisualZoomToolbar({
  range,
  bounds,
  presets,
  onRange,
  onZoomIn,
  onZoomOut,
  onPan,
}: {
  range: TimeRange;
  bounds: TimeRange;
  presets: ZoomPreset[];
  /** null: the whole incident. */
  onRange: (next: TimeRange | null) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  /** Move by this fraction of the range (negative: earlier). */
  onPan: (fraction: number) => void;
}) {
  const isWhole = sameRange(range, bounds);
  const span = range.end - range.start;
  const atStart = range.start <= bounds.start + 1;
  const atEnd = range.end >= bounds.end - 1;
  return (
    <div
      role="toolbar"
      aria-label="Zoom the visual timeline"
      className="flex flex-wrap items-center gap-1.5 px-3 pt-2 sm:px-4 print:hidden"
    >
      <button type="button" className={buttonBase} onClick={() => onRange(null)} disabled={isWhole}>
        Whole incident
      </button>
      <button type="button" className={buttonBase} onClick={onZoomIn} disabled={span <= MIN_SPAN + 1}>
        Zoom in
      </button>
      <button type="button" className={buttonBase} onClick={onZoomOut} disabled={isWhole}>
        Zoom out
      </button>
      <button
        type="button"
        className={buttonBase}
        onClick={() => onPan(-0.5)}
        disabled={atStart}
        aria-label="Earlier"
      >
        ← Earlier
      </button>
      <button
        type="button"
        className={buttonBase}
        onClick={() => onPan(0.5)}
        disabled={atEnd}
        aria-label="Later"
      >
        Later →
      </button>
      {presets.length ? (
        <span className="flex flex-wrap items-center gap-1.5 sm:ml-1">
          <span className="text-xs text-stone-600">Show:</span>
          {presets.map((p) => {
            const target = rangeAround(p.from, p.to, bounds);
            const active = sameRange(target, range);
            return (
              <button
                key={p.key}
                type="button"
                aria-pressed={active}
                className={cx(
                  "rounded-full border px-2.5 py-0.5 text-xs font-medium whitespace-nowrap",
                  active
                    ? "border-stone-900 bg-stone-900 text-white"
                    : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100",
                )}
                onClick={() => onRange(target)}
              >
                {p.label}
              </button>
            );
          })}
        </span>
      ) : null}
    </div>
  );
}
