import { Pill } from "@/components/ui/badges";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { cx } from "@/components/ui/styles";
import {
  blastRadiusColumns,
  blastRadiusRow,
  describeSource,
  type BlastRadiusColumnKey,
  type BlastRadiusSummary,
} from "@/lib/timeline/blast-radius";
import { actorKindLabels, type ActorKind } from "@/lib/timeline/types";

const cellTone: Partial<Record<BlastRadiusColumnKey, string>> = {
  excess: "text-red-800",
  usedNotNeeded: "text-red-800 font-medium",
  missing: "text-amber-900",
  irreversible: "text-red-800 font-medium",
  crossings: "text-red-800",
};

/** Across actors: whose unneeded permissions were behind the risky actions, and the per-actor table. */
export function BlastRadiusPanel({ summary }: { summary: BlastRadiusSummary }) {
  const t = summary.totals;
  const riskyRecorded = t.productionActions + t.boundaryCrossings + t.irreversibleActions > 0;

  return (
    <section
      aria-labelledby="blast-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div>
        <h2 id="blast-heading" className="text-lg font-semibold text-stone-900">
          Where the blast radius came from
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          {t.events} event{t.events === 1 ? "" : "s"} · {t.productionActions} in production ·{" "}
          {t.boundaryCrossings} crossed into production · {t.irreversibleActions} irreversible ·{" "}
          {t.restorableActions} restorable from backup
          {t.unattributedEvents ? ` · ${t.unattributedEvents} with no actor` : ""}
        </p>
        {t.resourcesTouched.length ? (
          <p className="mt-1 text-sm break-words text-stone-600">
            Resources touched: {t.resourcesTouched.join(", ")}
          </p>
        ) : null}
      </div>

      {summary.sources.length ? (
        <ol className="space-y-2">
          {summary.sources.map((s) => (
            <li
              key={s.actorId}
              className={cx(
                "rounded-md border px-3 py-2",
                s.basis === "used" ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50",
              )}
            >
              <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-stone-900">
                {s.name}
                <Pill tone={s.kind === "AI_AGENT" ? "sky" : "stone"}>
                  {actorKindLabels[s.kind as ActorKind] ?? s.kind}
                </Pill>
                <Pill tone={s.basis === "used" ? "red" : "amber"}>
                  {s.basis === "used" ? "Used unneeded permissions" : "Held unneeded permissions"}
                </Pill>
              </p>
              <p className="mt-1 text-sm break-words text-stone-800">{describeSource(s)}</p>
              {s.riskyResources.length ? (
                <p className="mt-0.5 text-xs break-words text-stone-600">
                  Touched: {s.riskyResources.join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-700">
          {riskyRecorded
            ? "No actor's unneeded permissions are linked to the actions in production, across the boundary or that could not be undone."
            : "No action is recorded as in production, crossing into production or irreversible yet. Record each action's environment and reversibility on the timeline to see where the blast radius came from."}
        </p>
      )}

      {/* Phones: one card per actor with only what it has; wider screens: the table. */}
      <ul className="space-y-2 sm:hidden" aria-label="Permission gaps and actions per actor">
        {summary.actors.map((a) => {
          const row = blastRadiusRow(a);
          const cells = blastRadiusColumns.slice(1).filter((c) => row[c.key] !== "—");
          return (
            <li key={a.actorId} className="rounded-md border border-stone-200 px-3 py-2">
              <p className="text-sm font-medium text-stone-900">{row.actor}</p>
              {cells.length ? (
                <dl className="mt-1 space-y-1 text-sm">
                  {cells.map((c) => (
                    <div key={c.key}>
                      <dt className="text-xs font-semibold text-stone-500 uppercase">{c.label}</dt>
                      <dd className={cx("break-words", cellTone[c.key] ?? "text-stone-800")}>{row[c.key]}</dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p className="mt-1 text-sm text-stone-500">No gaps and no risky actions recorded.</p>
              )}
            </li>
          );
        })}
      </ul>
      {summary.actors.length ? (
        <ScrollRegion label="Blast radius table" className="-mx-4 hidden px-4 sm:block">
          <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
            <caption className="sr-only">
              Permission gaps and actions per actor, most significant first
            </caption>
            <thead>
              <tr className="border-b border-stone-200 text-xs text-stone-500 uppercase">
                {blastRadiusColumns.map((c) => (
                  <th key={c.key} scope="col" className="px-2 py-2 font-semibold">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.actors.map((a) => {
                const row = blastRadiusRow(a);
                return (
                  <tr key={a.actorId} className="border-b border-stone-100 align-top">
                    {blastRadiusColumns.map((c, i) =>
                      i === 0 ? (
                        <th key={c.key} scope="row" className="px-2 py-2 font-medium text-stone-900">
                          {row[c.key]}
                        </th>
                      ) : (
                        <td
                          key={c.key}
                          className={cx(
                            "px-2 py-2 break-words",
                            row[c.key] === "—" ? "text-stone-600" : (cellTone[c.key] ?? "text-stone-800"),
                          )}
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
        </ScrollRegion>
      ) : null}
    </section>
  );
}
