"use client";
import { memo } from "react";
import styles from "./event-row.module.css";
import { Pill } from "@/components/ui/badges";
import { Markdown } from "@/components/ui/markdown";
import { cx } from "@/components/ui/styles";
import { milestoneLabels } from "@/lib/milestones";
import { formatEventTime } from "@/lib/timeline/relative-time";
import { eventTypeLabels, milestoneField, type TimelineEventView } from "@/lib/timeline/types";
import {
  claimStatusLabels,
  decisionFields,
  environmentLabels,
  guardrailStateLabels,
  reversibilityLabels,
} from "./labels";

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

/** Everything recorded about one event, read-only (the same for viewers and writers). */
export function EventDetails({ event, zone }: { event: TimelineEventView; zone: string }) {
  const br = event.blastRadius;
  const hasBlast =
    br.resourcesTouched.length > 0 || br.environment || br.reversibility || br.crossedEnvironment;
  const section = "space-y-1";
  const heading = "text-xs font-semibold uppercase tracking-wide text-stone-500";
  return (
    <div
      id={`event-${event.id}-details`}
      className="mt-3 grid gap-4 rounded-md border border-stone-200 bg-white p-3 text-sm text-stone-800 md:grid-cols-2"
    >
      <div className={section}>
        <h3 className={heading}>Description</h3>
        <Markdown>{event.description}</Markdown>
        {event.endedAt ? (
          <p className="text-xs text-stone-600">Ended {formatEventTime(new Date(event.endedAt), zone)}</p>
        ) : null}
      </div>
      <div className={section}>
        <h3 className={heading}>What was known at the time</h3>
        {event.knownAtTheTime ? (
          <Markdown>{event.knownAtTheTime}</Markdown>
        ) : (
          <p className="text-stone-500">Not recorded.</p>
        )}
      </div>
      <div className={section}>
        <h3 className={heading}>Evidence</h3>
        {event.evidenceLinks.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {event.evidenceLinks.map((l) => (
              <li key={l.url + (l.label ?? "")}>
                <a
                  href={l.url}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  className="break-all text-brand-700 underline"
                >
                  {l.label || l.url}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-500">No links.</p>
        )}
      </div>
      <div className={section}>
        <h3 className={heading}>Blast radius</h3>
        {hasBlast ? (
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
            <dt className="text-stone-600">Resources</dt>
            <dd className="font-mono text-xs">{br.resourcesTouched.join(", ") || "—"}</dd>
            <dt className="text-stone-600">Environment</dt>
            <dd>{br.environment ? environmentLabels[br.environment] : "—"}</dd>
            <dt className="text-stone-600">Crossed into production</dt>
            <dd>{br.crossedEnvironment === null ? "—" : br.crossedEnvironment ? "Yes" : "No"}</dd>
            <dt className="text-stone-600">Reversibility</dt>
            <dd>{br.reversibility ? reversibilityLabels[br.reversibility] : "—"}</dd>
          </dl>
        ) : (
          <p className="text-stone-500">Not recorded.</p>
        )}
      </div>
      {event.isDecisionPoint ? (
        <div className="space-y-2 md:col-span-2">
          <h3 className={heading}>Decision point</h3>
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
            {decisionFields.map(({ key, label }) => (
              <div key={key}>
                <dt className="text-xs font-medium text-stone-600">{label}</dt>
                <dd className="whitespace-pre-line break-words">{event.decision[key] || "—"}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {event.claims.length > 0 ? (
        <div className="space-y-1 md:col-span-2">
          <h3 className={heading}>Claims</h3>
          <ul className="space-y-1">
            {event.claims.map((c) => (
              <li key={c.id} className={c.status === "REFUTED" ? "font-medium text-red-800" : undefined}>
                {claimStatusLabels[c.status]}: “{c.statement}”
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
