import type { KeyboardEvent } from "react";
import type { Marker } from "@/lib/timeline/visual-layout";

/**
 * The chart's keys: + / − zoom, the arrows move a quarter earlier or later,
 * 0 and Home show the whole incident, Escape closes the tooltip and the
 * cluster list, and Enter or Space on a cluster opens it.
 */
export function chartKeyHandler(on: {
  zoomIn: () => void;
  zoomOut: () => void;
  pan: (fraction: number) => void;
  whole: () => void;
  dismiss: () => void;
  markerFrom: (target: EventTarget | null) => Marker | null;
  openCluster: (m: Marker) => void;
}) {
  return (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      const m = on.markerFrom(e.target);
      if (m && m.events.length > 1) {
        e.preventDefault();
        on.openCluster(m);
      }
      return;
    }
    const actions: Record<string, () => void> = {
      "+": on.zoomIn,
      "=": on.zoomIn,
      "-": on.zoomOut,
      _: on.zoomOut,
      ArrowLeft: () => on.pan(-0.25),
      ArrowRight: () => on.pan(0.25),
      "0": on.whole,
      Home: on.whole,
      Escape: on.dismiss,
    };
    const action = actions[e.key];
    if (action && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      action();
    }
  };
}
