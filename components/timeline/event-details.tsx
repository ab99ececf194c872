"use client";
import { Markdown } from "@/components/ui/markdown";
import { formatEventTime } from "@/lib/timeline/relative-time";
import type { TimelineEventView } from "@/lib/timeline/types";
import { claimStatusLabels, decisionFields, environmentLabels, reversibilityLabels } from "./labels";

/** Everything recorded about one event, read-only (the same for viewers and writers). */
export function EventDetails({ event, zone }: { event: TimelineEventView; zone: string }) {
  if (event.partial)
    return (
      <p id={`event-${event.id}-details`} role="status" className="mt-3 text-sm text-stone-600">
        Loading details…
      </p>
    );
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
