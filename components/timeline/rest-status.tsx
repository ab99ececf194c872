"use client";
import { buttonClass } from "@/components/ui/styles";

/** While the events beyond the first window load: how many, or that it failed, with a retry. */
export function RestStatus({
  remaining,
  failed,
  retry,
}: {
  remaining: number;
  failed: boolean;
  retry: () => void;
}) {
  if (failed)
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
        {remaining} more events could not be loaded.{" "}
        <button type="button" className={buttonClass.link} onClick={retry}>
          Try again
        </button>
      </p>
    );
  if (remaining === 0) return null;
  return (
    <p role="status" className="text-sm text-stone-600" data-testid="timeline-loading">
      Loading {remaining} more events… The visual timeline, filters and counts include them once loaded.
    </p>
  );
}

/** In place of the editor while the event's details load (a partial event). */
export function EditorLoading({ onCancel }: { onCancel: () => void }) {
  return (
    <li className="px-3 py-4 text-sm text-stone-600">
      <span role="status">Loading the event…</span>{" "}
      <button type="button" className={buttonClass.link} onClick={onCancel}>
        Cancel
      </button>
    </li>
  );
}
