import Link from "next/link";
import { BlastRadiusPanel } from "@/components/actors/blast-radius-panel";
import { summarizeActors, type ActorWithActions } from "@/lib/timeline/actor-summary";

/** The actors and their permissions, summarised as the blast radius, with a link to the actors tab. */
export function ActorsSummary({
  postmortemId,
  actors,
}: {
  postmortemId: string;
  actors: ActorWithActions[];
}) {
  return (
    <section aria-labelledby="actors-and-permissions" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="actors-and-permissions" className="text-lg font-semibold">
          Actors and permissions
        </h2>
        <Link
          href={`/postmortems/${postmortemId}/actors`}
          className="no-print text-sm font-medium text-brand-700 hover:underline"
        >
          Actors & guardrails →
        </Link>
      </div>
      {actors.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-5 text-sm text-stone-500">
          No actors recorded yet: the people, automations and AI agents that acted, with the permissions they
          held, needed and used.
        </p>
      ) : (
        <BlastRadiusPanel summary={summarizeActors(actors)} />
      )}
    </section>
  );
}
