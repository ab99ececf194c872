import Link from "next/link";
import { cx } from "@/components/ui/styles";
import {
  blastRadiusColumns,
  blastRadiusRow,
  describeSource,
  type BlastRadiusSummary,
} from "@/lib/timeline/blast-radius";

const tone: Partial<Record<(typeof blastRadiusColumns)[number]["key"], string>> = {
  excess: "text-red-800",
  usedNotNeeded: "text-red-800 font-medium",
  missing: "text-amber-900",
  irreversible: "text-red-800 font-medium",
  crossings: "text-red-800",
};

/** Each actor's permission gaps beside what its actions touched, and where the blast radius came from. */
export function PermissionSummary({
  postmortemId,
  summary,
}: {
  postmortemId: string;
  summary: BlastRadiusSummary;
}) {
  return (
    <section aria-labelledby="permission-summary" className="rounded-lg border border-stone-200 bg-white p-5">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="permission-summary" className="text-lg font-semibold">
          Actors and permissions
        </h2>
        <Link
          href={`/postmortems/${postmortemId}/actors`}
          className="no-print text-sm font-medium text-brand-700 hover:underline"
        >
          Actors & guardrails →
        </Link>
      </div>
      {summary.actors.length === 0 ? (
        <p className="text-sm text-stone-500">
          No actors recorded yet: the people, automations and AI agents that acted, with the permissions they
          held, needed and used.
        </p>
      ) : (
        <>
          {summary.sources.length > 0 ? (
            <div className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              <h3 className="font-semibold">Where the blast radius came from</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {summary.sources.map((a) => (
                  <li key={a.actorId}>
                    <span className="font-medium">{a.name}</span>: {describeSource(a)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="-mx-5 overflow-x-auto px-5">
            <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
              <caption className="sr-only">Permission gaps and blast radius per actor</caption>
              <thead>
                <tr className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-500">
                  {blastRadiusColumns.map((c) => (
                    <th key={c.key} scope="col" className="py-2 pr-3 font-medium">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.actors.map((a) => {
                  const row = blastRadiusRow(a);
                  return (
                    <tr key={a.actorId} className="border-b border-stone-100 align-top last:border-0">
                      {blastRadiusColumns.map((c) =>
                        c.key === "actor" ? (
                          <th key={c.key} scope="row" className="py-2 pr-3 font-medium">
                            {row.actor}
                          </th>
                        ) : (
                          <td
                            key={c.key}
                            className={cx("py-2 pr-3", row[c.key] === "—" ? "text-stone-400" : tone[c.key])}
                          >
                            {row[c.key]}
                          </td>
                        ),
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
