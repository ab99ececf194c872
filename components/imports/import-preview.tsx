import { Pill } from "@/components/ui/badges";
import { cx } from "@/components/ui/styles";
import type { ImportPreview as Preview } from "@/lib/schemas/imports";
import { formatInZone } from "@/lib/time";
import { actorKindLabels, eventTypeLabels } from "@/lib/timeline/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

const n = (value: number) => value.toLocaleString("en-US");
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

const rowNoun = { CSV: "row", SLACK: "message", JSONL: "line" } as const;

/** What the import would do: totals, row errors, new actors and the first rows. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const noun = rowNoun[preview.source];
  return (
    <div className="space-y-6">
      <div
        role="status"
        aria-live="polite"
        className="rounded-lg border border-stone-200 bg-white p-4 text-sm"
      >
        <p className="font-medium text-stone-900">
          {preview.fileName}: {plural(preview.totalRows, noun)} read.{" "}
          {preview.importCount > 0
            ? `${plural(preview.importCount, "event")} will be imported.`
            : "Nothing can be imported."}
        </p>
        <ul className="mt-2 list-inside list-disc space-y-0.5 text-stone-700">
          {preview.duplicateCount > 0 ? (
            <li>
              {plural(preview.duplicateCount, "duplicate")} (already on the timeline or earlier in the file)
              will be skipped.
            </li>
          ) : null}
          {preview.errorCount > 0 ? (
            <li className="text-red-800">
              {plural(preview.errorCount, `${noun} has`, `${noun}s have`)} errors and will be left out.{" "}
              {preview.importCount > 0
                ? "Fix the file and preview again, or import the valid ones now."
                : "Fix the file and preview again."}
            </li>
          ) : null}
          {preview.warningCount > 0 ? (
            <li>{plural(preview.warningCount, "warning")} (marked below).</li>
          ) : null}
          {preview.skipped.map((s) => (
            <li key={s.reason}>
              {n(s.count)} skipped: {s.reason}.
            </li>
          ))}
        </ul>
      </div>

      {preview.errorCount > 0 ? (
        <section
          aria-labelledby="import-errors-heading"
          className="rounded-lg border border-red-200 bg-red-50 p-4"
        >
          <h3 id="import-errors-heading" className="text-sm font-semibold text-red-900">
            Rows with errors ({n(preview.errorCount)})
          </h3>
          <ul
            className="mt-2 max-h-72 space-y-1 overflow-y-auto text-sm text-red-900"
            tabIndex={0}
            aria-labelledby="import-errors-heading"
          >
            {preview.errors.map((e) => (
              <li key={`${e.row}-${e.label}`}>
                <span className="font-medium capitalize">{e.label}</span>: {e.reason}
              </li>
            ))}
          </ul>
          {preview.errorCount > preview.errors.length ? (
            <p className="mt-2 text-xs text-red-800">
              Showing the first {n(preview.errors.length)} of {n(preview.errorCount)}.
            </p>
          ) : null}
        </section>
      ) : null}

      {preview.actorsToCreate.length > 0 || preview.actorsMatched.length > 0 ? (
        <section aria-labelledby="import-actors-heading" className="space-y-2 text-sm">
          <h3 id="import-actors-heading" className="font-semibold text-stone-900">
            Actors
          </h3>
          {preview.actorsToCreate.length > 0 ? (
            <p>
              <span className="text-stone-600">New: </span>
              {preview.actorsToCreate.map((a, i) => (
                <span key={a.name}>
                  {i > 0 ? ", " : ""}
                  <strong className="font-medium">{a.name}</strong> ({actorKindLabels[a.kind]})
                </span>
              ))}
            </p>
          ) : null}
          {preview.actorsMatched.length > 0 ? (
            <p>
              <span className="text-stone-600">Already on this postmortem: </span>
              {preview.actorsMatched.map((a) => a.name).join(", ")}
            </p>
          ) : null}
          {preview.actorsToCreate.some((a) => a.kind === "PERSON") ? (
            <p className="text-xs text-stone-500">
              People are added under the names in the file. Before publishing, rename them to their role (e.g.
              “on-call engineer”) on the Actors tab if the text should leave names out.
            </p>
          ) : null}
        </section>
      ) : null}

      {preview.rows.length > 0 ? (
        <section aria-labelledby="import-rows-heading" className="space-y-2">
          <h3 id="import-rows-heading" className="text-sm font-semibold text-stone-900">
            {preview.validRows > preview.rows.length
              ? `First ${n(preview.rows.length)} of ${n(preview.validRows)} valid rows`
              : `Valid rows (${n(preview.validRows)})`}
          </h3>
          <ScrollRegion
            label="Rows to import table"
            className="hidden rounded-lg border border-stone-200 bg-white sm:block"
          >
            <table className="min-w-full divide-y divide-stone-200 text-sm">
              <caption className="sr-only">Rows to import, times in {preview.zone}</caption>
              <thead className="bg-stone-50 text-left text-xs font-medium uppercase tracking-wide text-stone-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Row
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Time ({preview.zone})
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Actor
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Type
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Description
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {preview.rows.map((r) => (
                  <tr
                    key={`${r.row}-${r.label}`}
                    className={r.duplicate ? "bg-stone-50 text-stone-500" : undefined}
                  >
                    <td className="whitespace-nowrap px-3 py-2 align-top tabular-nums">{r.row}</td>
                    <td className="whitespace-nowrap px-3 py-2 align-top">
                      {formatInZone(new Date(r.occurredAt), preview.zone)}
                    </td>
                    <td className="px-3 py-2 align-top">
                      {r.actorName ?? <span className="text-stone-600">—</span>}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2 align-top">{eventTypeLabels[r.type]}</td>
                    <td className="min-w-64 px-3 py-2 align-top">
                      {r.duplicate ? (
                        <span className="mb-1 mr-2 inline-block">
                          <Pill>Duplicate, skipped</Pill>
                        </span>
                      ) : null}
                      <span className="line-clamp-3 whitespace-pre-line break-words">{r.description}</span>
                      {r.links.length > 0 ? (
                        <span className="block truncate text-xs text-stone-500">{r.links.join(" ")}</span>
                      ) : null}
                      {r.warnings.map((w) => (
                        <span key={w} className="mt-1 block text-xs text-amber-800">
                          Warning: {w}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {/* Phones: the same rows as a list, so nothing hides off-screen. */}
          <ol className="space-y-2 sm:hidden">
            {preview.rows.map((r) => (
              <li
                key={`${r.row}-${r.label}`}
                className={cx(
                  "rounded-lg border border-stone-200 p-3 text-sm",
                  r.duplicate ? "bg-stone-50 text-stone-500" : "bg-white",
                )}
              >
                <p className="text-xs text-stone-600">
                  <span className="capitalize">{r.label}</span> ·{" "}
                  {formatInZone(new Date(r.occurredAt), preview.zone)}
                </p>
                <p className="text-xs text-stone-600">
                  {eventTypeLabels[r.type]}
                  {r.actorName ? ` · ${r.actorName}` : ""}
                </p>
                {r.duplicate ? (
                  <span className="mt-1 inline-block">
                    <Pill>Duplicate, skipped</Pill>
                  </span>
                ) : null}
                <p className="mt-1 line-clamp-4 whitespace-pre-line break-words">{r.description}</p>
                {r.warnings.map((w) => (
                  <p key={w} className="mt-1 text-xs text-amber-800">
                    Warning: {w}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
