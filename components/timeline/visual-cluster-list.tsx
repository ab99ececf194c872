"use client";
import { useId } from "react";
import type { Marker } from "@/lib/timeline/visual-layout";

/** The events of a cluster that zooming cannot separate (same instant), as links. */
export function ClusterList({ marker, onClose }: { marker: Marker; onClose: () => void }) {
  const headingId = useId();
  return (
    <div
      role="region"
      aria-labelledby={headingId}
      className="mt-2 rounded-md border border-stone-300 bg-stone-50 p-2 text-sm"
      data-testid="visual-cluster-list"
    >
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-stone-900">
          {marker.label.split(" · ").slice(0, 3).join(" · ")}
        </h3>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-stone-700 hover:bg-stone-200">
          Close
        </button>
      </div>
      <ul className="mt-1 max-h-48 space-y-0.5 overflow-y-auto">
        {marker.events.map((e) => (
          <li key={e.id}>
            <a
              href={`#event-${e.id}`}
              className="block rounded px-1 py-0.5 text-stone-800 hover:bg-stone-200"
            >
              {e.summary || "(no description)"}
              {e.refuted ? <span className="ml-1 font-semibold text-red-700">· refuted claim</span> : null}
              {e.decision ? <span className="ml-1 text-stone-600">· decision point</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
