import { Pill } from "@/components/ui/badges";
import { cx } from "@/components/ui/styles";
import { permissionGaps, scopeMark, scopeOrigin, type PermissionLedger } from "@/lib/permissions";
import { autonomyLabels, type ActorRecord } from "@/lib/schemas/actors";
import { actorKindLabels } from "@/lib/timeline/types";
import { LedgerGaps } from "./ledger-gaps";
import { ScopeChip } from "./scope-chip";

export type ActorCardData = ActorRecord & { eventCount: number };

const lists: { key: keyof PermissionLedger; field: keyof ActorRecord; label: string }[] = [
  { key: "granted", field: "permissionsGranted", label: "Granted" },
  { key: "inherited", field: "permissionsInherited", label: "Inherited" },
  { key: "needed", field: "permissionsNeeded", label: "Needed for its task" },
  { key: "used", field: "permissionsUsed", label: "Actually used" },
];

/** One actor as everyone reads it: who or what, its ledger with the gaps highlighted. */
export function ActorCard({ actor: a, actions }: { actor: ActorCardData; actions?: React.ReactNode }) {
  const ledger: PermissionLedger = {
    granted: a.permissionsGranted,
    inherited: a.permissionsInherited,
    needed: a.permissionsNeeded,
    used: a.permissionsUsed,
  };
  const gaps = permissionGaps(ledger);
  const excess = gaps.excess.length > 0;
  const alarming = a.kind === "AI_AGENT" && (excess || gaps.usedNotNeeded.length > 0);
  const headingId = `actor-${a.id}`;

  return (
    <article
      aria-labelledby={headingId}
      className={cx(
        "rounded-lg border bg-white p-4 shadow-sm",
        alarming ? "border-red-300 ring-1 ring-red-200" : "border-stone-200",
      )}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3
            id={headingId}
            className="flex flex-wrap items-center gap-2 text-base font-semibold text-stone-900"
          >
            <span className="break-words">{a.name}</span>
            <Pill tone={a.kind === "AI_AGENT" ? "sky" : "stone"}>{actorKindLabels[a.kind]}</Pill>
            {excess ? <Pill tone="red">Excess permissions</Pill> : null}
            {gaps.missing.length ? <Pill tone="amber">Missing permissions</Pill> : null}
          </h3>
          <p className="mt-0.5 text-sm text-stone-600">
            {[
              a.kind !== "PERSON" && a.role,
              a.model && `${a.model}${a.modelVersion ? ` ${a.modelVersion}` : ""}`,
              a.autonomy && autonomyLabels[a.autonomy],
              a.userName && `linked to ${a.userName}`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-0.5 text-xs text-stone-500">
            {a.eventCount === 0
              ? "Acted in no timeline events yet"
              : `Acted in ${a.eventCount} timeline event${a.eventCount === 1 ? "" : "s"}`}
          </p>
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>

      {a.task ? (
        <div className="mt-3">
          <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">Task or prompt</p>
          <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-stone-800">{a.task}</p>
        </div>
      ) : null}
      {a.description ? (
        <p className="mt-2 whitespace-pre-wrap break-words text-sm text-stone-700">{a.description}</p>
      ) : null}

      {!ledger.granted.length && !ledger.inherited.length && !ledger.needed.length && !ledger.used.length ? (
        <p className="mt-3 text-sm text-stone-500">No permissions recorded yet.</p>
      ) : (
        <>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            {lists.map((l) => {
              const scopes = a[l.field] as string[];
              return (
                <div key={l.key}>
                  <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500">
                    {l.label}
                    {l.key === "inherited" && a.inheritedFrom ? (
                      <span className="normal-case tracking-normal"> (from {a.inheritedFrom})</span>
                    ) : null}
                  </dt>
                  <dd className="mt-1">
                    {scopes.length ? (
                      <ul className="flex flex-wrap gap-1.5">
                        {scopes.map((s) => (
                          <li key={s} className="max-w-full">
                            <ScopeChip scope={s} mark={scopeMark(l.key, s, gaps)} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-sm text-stone-600">None recorded</span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
          <div className="mt-3">
            <LedgerGaps
              gaps={gaps}
              inheritedFrom={a.inheritedFrom}
              inheritedExcess={gaps.excess.filter((s) => scopeOrigin(ledger, s) === "inherited")}
            />
          </div>
        </>
      )}
    </article>
  );
}
