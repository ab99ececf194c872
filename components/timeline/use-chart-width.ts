"use client";
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

/** About the printable width of an A4 or Letter page at 96 dpi. */
const PRINT_WIDTH = 700;

/**
 * The visual timeline's widths: boxWidth, the measured width of the box that
 * boxRef is put on, and width, the one to lay the chart out for (the page's
 * while printing). hasBox: whether the box is rendered, so it is observed
 * once it appears.
 */
export function useChartWidth(hasBox: boolean) {
  // Measured width of the chart area; a guess until the first measurement.
  const boxRef = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(1000);
  useEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBoxWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasBox]);

  // Printed pages are narrower than most screens: lay out for the page
  // before printing (synchronously, so the print preview has it).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);

  return { boxRef, boxWidth, width: printing ? PRINT_WIDTH : boxWidth };
}
