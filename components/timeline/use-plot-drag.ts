"use client";
import { useRef, useState } from "react";
import type { MouseEvent, PointerEvent } from "react";

/**
 * Drag across the plot to zoom into that range. A drag that starts on a
 * marker is a drag too; only a press without movement is a click.
 * width: the plot's width (x is clamped to it). onStart: a drag began.
 * onSelect: a drag ended between these x positions. Spread handlers on the
 * plot's <svg>; drag is the range being dragged, to draw.
 */
export function usePlotDrag(
  width: number,
  { onStart, onSelect }: { onStart: () => void; onSelect: (fromX: number, toX: number) => void },
) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const dragStart = useRef<number | null>(null);
  const dragged = useRef(false);

  const svgX = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return Math.min(Math.max(e.clientX - rect.left, 0), width);
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || e.pointerType === "touch") return;
    dragStart.current = svgX(e);
    dragged.current = false;
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (dragStart.current === null) return;
    const x = svgX(e);
    if (!dragged.current && Math.abs(x - dragStart.current) < 6) return;
    if (!dragged.current) {
      dragged.current = true;
      e.currentTarget.setPointerCapture(e.pointerId);
      onStart();
    }
    setDrag({ from: dragStart.current, to: x });
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const start = dragStart.current;
    dragStart.current = null;
    setDrag(null);
    if (start === null || !dragged.current) return;
    const x = svgX(e);
    if (Math.abs(x - start) >= 6) onSelect(start, x);
  };
  const onPointerCancel = () => {
    dragStart.current = null;
    dragged.current = false;
    setDrag(null);
  };
  const onClickCapture = (e: MouseEvent<SVGSVGElement>) => {
    // The click that ends a drag does not follow a marker's link.
    if (dragged.current) {
      dragged.current = false;
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return { drag, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onClickCapture } };
}
