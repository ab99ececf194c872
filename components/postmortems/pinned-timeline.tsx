import Link from "next/link";
import { Markdown } from "@/components/ui/markdown";
import { cx } from "@/components/ui/styles";
import { eventMarkers, typeLabel, type PinnedEvent } from "@/lib/timeline/pinned";
import { actorKindLabels, type ActorKind } from "@/lib/timeline/types";
import { formatInZone } from "@/lib/time";
import { ScrollRegion } from "@/components/ui/scroll-region";

const markerTone = {
  refuted: "bg-red-50 text-red-800 ring-red-300 font-semibold",
  milestone: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  decision: "bg-amber-50 text-amber-900 ring-amber-300",
  claim: "bg-stone-50 text-stone-700 ring-stone-200",
} as const;

/** The events the writers pinned, as a table: the timeline that goes into the document. */
export function PinnedTimeline({
  postmortemId,
  events,
  totalEvents,
  zone,
}: {
  postmortemId: string;
  events: PinnedEvent[];
  totalEvents: number;
  zone: string;
}) {
  return (
    <section aria-labelledby="pinned-timeline" className="rounded-lg border border-stone-200 bg-white p-5">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="pinned-timeline" className="text-lg font-semibold">
          Key timeline
        </h2>
        <Link
          href={`/postmortems/${postmortemId}/timeline`}
          className="no-print text-sm font-medium text-brand-700 hover:underline"
        >
          All {totalEvents} {totalEvents === 1 ? "event" : "events"} →
        </Link>
      </div>
      {events.length === 0 ? (
        <p className="text-sm text-stone-500">
          No pinned events yet. Pin the events that matter on the timeline tab; they appear here and in the
          export.
        </p>
      ) : (
        <ScrollRegion label="Pinned events table" className="-mx-5 px-5">
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <caption className="sr-only">Pinned timeline events, times in {zone}</caption>
            <thead>
              <tr className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-500">
                <th scope="col" className="py-2 pr-3 font-medium">
                  Time ({zone})
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Actor
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Type
                </th>
                <th scope="col" className="py-2 font-medium">
                  What happened
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-stone-100 align-top last:border-0">
                  <td className="whitespace-nowrap py-2 pr-3 tabular-nums">
                    <time dateTime={e.occurredAt.toISOString()}>{formatInZone(e.occurredAt, zone)}</time>
                  </td>
                  <td className="py-2 pr-3">
                    {e.actor ? (
                      <>
                        <span className="font-medium">{e.actor.name}</span>
                        <span className="block text-xs text-stone-500">
                          {actorKindLabels[e.actor.kind as ActorKind] ?? e.actor.kind}
                        </span>
                      </>
                    ) : (
                      <span className="text-stone-600">—</span>
                    )}
                  </td>
                  <td className="py-2 pr-3">{typeLabel(e.type)}</td>
                  <td className="py-2">
                    <Markdown>{e.description}</Markdown>
                    {eventMarkers(e).length > 0 ? (
                      <ul className="mt-1 flex flex-wrap gap-1">
                        {eventMarkers(e).map((m) => (
                          <li
                            key={m.label}
                            className={cx(
                              "rounded-full px-2 py-0.5 text-xs ring-1 ring-inset",
                              markerTone[m.tone],
                            )}
                          >
                            {m.label}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
