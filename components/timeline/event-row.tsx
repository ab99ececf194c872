"use client";
import { memo } from "react";
import styles from "./event-row.module.css";
import { Pill } from "@/components/ui/badges";
import { Markdown } from "@/components/ui/markdown";
import { cx } from "@/components/ui/styles";
import { milestoneLabels } from "@/lib/milestones";
import { formatEventTime } from "@/lib/timeline/relative-time";
import { eventTypeLabels, milestoneField, type TimelineEventView } from "@/lib/timeline/types";
import { EventDetails } from "./event-details";
import { claimStatusLabels, guardrailStateLabels } from "./labels";

// Kept importable from here (the row's tests render both).
export { EventDetails };

export type RowCallbacks = {
  onToggleDetails: (id: string) => void;
  onEdit: (id: string) => void;
  onFlags: (id: string, flags: { pinned?: boolean; hidden?: boolean }) => void;
  onDelete: (id: string) => void;
};

const smallButton = styles.btn;

/**
 * One event as light, read-only markup (inputs only appear in the row being
 * edited). Memoised: a save re-renders only the rows whose props changed.
 */
export const EventRow = memo(function EventRow({
  event,
  actorLabel,
  zone,
  localZone,
  canEdit,
  expanded,
  highlighted,
  busy,
  callbacks,
}: {
  event: TimelineEventView;
  actorLabel: string | null;
  zone: string;
  /** The viewer's own zone, known only after hydration (for the hover title). */
  localZone: string | null;
  canEdit: boolean;
  expanded: boolean;
  highlighted: boolean;
  busy: boolean;
  callbacks: RowCallbacks;
}) {
  const at = new Date(event.occurredAt);
  const end = event.endedAt ? new Date(event.endedAt) : null;
  const title = localZone ? `Your time (${localZone}): ${formatEventTime(at, localZone)}` : undefined;
  const refuted = event.claims.filter((c) => c.status === "REFUTED");
  const otherClaims = event.claims.filter((c) => c.status !== "REFUTED");
  const br = event.blastRadius;
  return (
    <li
      id={`event-${event.id}`}
      tabIndex={-1}
      data-highlighted={highlighted || undefined}
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target === e.currentTarget && canEdit) {
          e.preventDefault();
          callbacks.onEdit(event.id);
        }
      }}
      className={cx(styles.row, event.hidden && styles.hidden, highlighted && styles.highlighted)}
    >
      <div className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 sm:grid-cols-[9.5rem_6.5rem_9rem_minmax(0,1fr)_auto]">
        <div className="text-sm tabular-nums text-stone-900">
          <time dateTime={event.occurredAt} title={title}>
            {formatEventTime(at, zone)}
          </time>
          {end ? (
            <span className="block text-xs text-stone-500">
              until <time dateTime={event.endedAt!}>{formatEventTime(end, zone)}</time>
            </span>
          ) : null}
        </div>
        <div className="text-sm text-stone-700">{eventTypeLabels[event.type]}</div>
        <div
          className={cx(
            "col-span-2 min-w-0 truncate text-sm text-stone-700 sm:col-span-1",
            !actorLabel && "max-sm:hidden",
          )}
        >
          {actorLabel ?? "—"}
        </div>
        <div className="col-span-2 min-w-0 space-y-1 sm:col-span-1">
          <div className={cx("line-clamp-3 break-words text-sm", !event.hidden && "text-stone-900")}>
            <Markdown compact>{event.description}</Markdown>
          </div>
          <Markers event={event} />
          {refuted.map((c) => (
            <p
              key={c.id}
              className="rounded-md border border-red-300 bg-red-50 px-2 py-1 text-xs font-medium text-red-800"
            >
              Refuted claim: “{c.statement}”
            </p>
          ))}
          {otherClaims.length > 0 || event.guardrails.length > 0 || br.crossedEnvironment ? (
            <div className="flex flex-wrap gap-1">
              {br.crossedEnvironment ? <Pill tone="red">Crossed into production</Pill> : null}
              {otherClaims.map((c) => (
                <Pill key={c.id} tone={c.status === "VERIFIED" ? "emerald" : "stone"}>
                  Claim ({claimStatusLabels[c.status].toLowerCase()}): {c.statement}
                </Pill>
              ))}
              {event.guardrails.map((g) => (
                <Pill
                  key={g.id}
                  tone={g.state === "WORKED" ? "emerald" : g.state === "BYPASSED" ? "red" : "amber"}
                >
                  Guardrail {guardrailStateLabels[g.state]}: {g.name}
                </Pill>
              ))}
            </div>
          ) : null}
        </div>
        <div className="col-span-2 flex flex-wrap items-start gap-1 sm:col-span-1 sm:justify-end">
          <button
            type="button"
            className={smallButton}
            aria-expanded={expanded}
            aria-controls={`event-${event.id}-details`}
            onClick={() => callbacks.onToggleDetails(event.id)}
          >
            Details
          </button>
          {canEdit ? (
            <>
              <button type="button" className={smallButton} onClick={() => callbacks.onEdit(event.id)}>
                Edit
              </button>
              <button
                type="button"
                className={smallButton}
                aria-pressed={event.pinned}
                disabled={busy}
                onClick={() => callbacks.onFlags(event.id, { pinned: !event.pinned })}
              >
                Pin
              </button>
              <button
                type="button"
                className={smallButton}
                aria-pressed={event.hidden}
                disabled={busy}
                onClick={() => callbacks.onFlags(event.id, { hidden: !event.hidden })}
              >
                Hide
              </button>
              <button
                type="button"
                className={cx(styles.btn, styles.danger)}
                disabled={busy}
                onClick={() => callbacks.onDelete(event.id)}
              >
                Delete
              </button>
            </>
          ) : null}
        </div>
      </div>
      {expanded ? <EventDetails event={event} zone={zone} /> : null}
    </li>
  );
});

function Markers({ event }: { event: TimelineEventView }) {
  if (!event.milestone && !event.isDecisionPoint && !event.pinned && !event.hidden && !event.importBatchId)
    return null;
  return (
    <div className="flex flex-wrap gap-1">
      {event.milestone ? (
        <Pill tone="sky">Milestone: {milestoneLabels[milestoneField[event.milestone]]}</Pill>
      ) : null}
      {event.isDecisionPoint ? <Pill tone="amber">Decision point</Pill> : null}
      {event.pinned ? <Pill tone="emerald">Pinned</Pill> : null}
      {event.hidden ? <Pill>Hidden</Pill> : null}
      {event.importBatchId ? <Pill>Imported</Pill> : null}
    </div>
  );
}
