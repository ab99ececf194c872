import Link from "next/link";
import { Pill } from "@/components/ui/badges";
import { describeAction, entityLabel, summariseChange } from "@/lib/audit-log";

export type AuditListRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actorUser: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  postmortem: { id: string; number: number } | null;
};

const time = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
// (The page says times are UTC once, at the top.)

/** "postmortem INC-12", "section in INC-12", "team", ... */
function Thing({ row }: { row: AuditListRow }) {
  if (row.entityType === "Site") return null;
  const kind = entityLabel(row.entityType);
  const pm = row.postmortem;
  if (!pm) return <span>{kind}</span>;
  const link = (
    <Link
      href={`/postmortems/${pm.id}`}
      className="font-medium text-brand-700 underline-offset-2 hover:underline"
    >
      INC-{pm.number}
    </Link>
  );
  return row.entityType === "Postmortem" ? (
    <span>postmortem {link}</span>
  ) : (
    <span>
      {kind} in {link}
    </span>
  );
}

function Row({ row }: { row: AuditListRow }) {
  const denied = row.action.startsWith("denied.");
  const outcome = (row.after as { outcome?: string } | null)?.outcome;
  const change = denied ? null : summariseChange(row.before, row.after);
  return (
    <li className="grid gap-1 px-4 py-3 sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-4">
      <time dateTime={row.createdAt.toISOString()} className="text-xs tabular-nums text-stone-600 sm:text-sm">
        {time.format(row.createdAt)}
      </time>
      <div className="min-w-0 space-y-1 text-sm">
        <p className="break-words">
          <span className="font-medium text-stone-900">{row.actorUser?.name ?? "A deleted user"}</span>{" "}
          {describeAction(row.action)} <Thing row={row} />
          {row.team ? <span className="text-stone-600"> · {row.team.name}</span> : null}{" "}
          {denied ? <Pill tone="red">{outcome === "forbidden" ? "Forbidden" : "Not found"}</Pill> : null}
        </p>
        {denied ? (
          row.entityId !== "-" ? (
            <p className="break-all text-xs text-stone-600">Asked for id {row.entityId}</p>
          ) : null
        ) : change && change.lines.length > 0 ? (
          <ul className="space-y-0.5 text-xs text-stone-700" aria-label="What changed">
            {change.lines.map((l) => (
              <li key={l.field} className="break-words">
                <span className="font-medium">{l.field}</span>:{" "}
                {l.before !== null && l.after !== null ? (
                  <>
                    {l.before} <span aria-hidden>→</span>
                    <span className="sr-only">changed to</span> {l.after}
                  </>
                ) : (
                  (l.after ?? `${l.before} (removed)`)
                )}
              </li>
            ))}
            {change.more > 0 ? <li className="text-stone-600">and {change.more} more</li> : null}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

export function AuditList({ rows }: { rows: AuditListRow[] }) {
  return (
    <ol
      aria-label="Audit events, newest first"
      className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white"
    >
      {rows.map((row) => (
        <Row key={row.id} row={row} />
      ))}
    </ol>
  );
}
