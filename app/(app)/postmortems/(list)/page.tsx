import type { Metadata } from "next";
import Link from "next/link";
import { PostmortemList } from "@/components/postmortems/postmortem-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { listPostmortemsSchema, statuses, statusLabels } from "@/lib/schemas/postmortems";
import { describeSeverity, levelsInUse } from "@/lib/severity";
import { requireActor } from "@/server/auth/session";
import { canWrite } from "@/server/policy";
import { listTeamPostmortems } from "@/server/postmortems/queries";
import { getSeverityScale } from "@/server/settings/severity";
import { getCurrentTeam } from "@/server/teams/current";

export const metadata: Metadata = { title: "Postmortems · Kintsugi" };

export default async function PostmortemsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const team = await getCurrentTeam(actor);
  if (!team) {
    return (
      <EmptyState level={1} title="You are not in a team yet">
        {actor.isAdmin ? (
          <>
            Create your first team in{" "}
            <Link href="/admin" className={buttonClass.link}>
              Admin
            </Link>
            , then invite your colleagues.
          </>
        ) : (
          "Ask a team manager to invite you. Postmortems belong to teams, so you will see them once you join one."
        )}
      </EmptyState>
    );
  }
  const query = listPostmortemsSchema.parse(await searchParams);
  const [result, scale] = await Promise.all([
    listTeamPostmortems(actor, team.teamId, query),
    getSeverityScale(),
  ]);
  // Filters combine: each link keeps the other filters.
  const href = (change: { status?: string | null; severity?: string | null; flagged?: boolean }) => {
    const next = {
      status: change.status === undefined ? query.status : change.status,
      severity: change.severity === undefined ? query.severity : change.severity,
      flagged: change.flagged ?? query.flagged,
    };
    const params = new URLSearchParams();
    if (next.status) params.set("status", next.status);
    if (next.severity) params.set("severity", next.severity);
    if (next.flagged) params.set("flagged", "1");
    const search = params.toString();
    return search ? `/postmortems?${search}` : "/postmortems";
  };
  const severityFilter = query.severity ? describeSeverity(scale, query.severity) : null;
  const severityLevels = levelsInUse(scale).map((l) => ({ ...l, inScale: true }));
  if (severityFilter && !severityFilter.inScale) severityLevels.push(severityFilter);
  const mayCreate = canWrite(team.role);
  const newButton = mayCreate ? (
    <Link href="/postmortems/new" className={buttonClass.primary}>
      New postmortem
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title="Postmortems"
        description={
          <>
            {team.teamName} · {result.total} {result.total === 1 ? "postmortem" : "postmortems"}
          </>
        }
        actions={newButton}
      />
      <nav aria-label="Filter by status" className="mb-2 flex flex-wrap gap-2 text-sm">
        <FilterLink href={href({ status: null, flagged: false })} active={!query.status && !query.flagged}>
          All
        </FilterLink>
        {statuses.map((s) => (
          <FilterLink key={s} href={href({ status: s, flagged: false })} active={query.status === s}>
            {statusLabels[s]}
          </FilterLink>
        ))}
        <FilterLink href={href({ status: null, flagged: true })} active={query.flagged}>
          With open language flags
        </FilterLink>
      </nav>
      <nav aria-label="Filter by severity" className="mb-4 flex flex-wrap gap-2 text-sm">
        <FilterLink href={href({ severity: null })} active={!query.severity}>
          Any severity
        </FilterLink>
        {severityLevels.map((level) => (
          <FilterLink
            key={level.value}
            href={href({ severity: level.value })}
            active={query.severity === level.value}
          >
            {level.value} · {level.label}
            {level.inScale ? "" : " (off scale)"}
          </FilterLink>
        ))}
      </nav>
      {result.items.length === 0 ? (
        query.severity && severityFilter ? (
          <EmptyState title={`No ${severityFilter.value} (${severityFilter.label}) postmortems here`}>
            <Link href={href({ severity: null })} className={buttonClass.link}>
              Show every severity
            </Link>
          </EmptyState>
        ) : query.flagged ? (
          <EmptyState title="No postmortem has open language flags">
            <Link href="/postmortems" className={buttonClass.link}>
              Show all postmortems
            </Link>
          </EmptyState>
        ) : query.status ? (
          <EmptyState title={`No postmortems are ${statusLabels[query.status].toLowerCase()}`}>
            <Link href="/postmortems" className={buttonClass.link}>
              Show all postmortems
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="No postmortems yet" action={newButton}>
            {mayCreate
              ? "After an incident, start a postmortem from a template: build the timeline, tag contributing factors and track what will change."
              : "When your team writes postmortems they appear here. Viewers can read them; ask a manager for the writer role to start one."}
          </EmptyState>
        )
      ) : (
        <PostmortemList
          items={result.items}
          page={result.page}
          pageCount={result.pageCount}
          status={query.status}
          severity={query.severity}
          flagged={query.flagged}
          scale={scale}
        />
      )}
    </>
  );
}

function FilterLink({
  href,
  active,
  children,
}: {
  href: string;
  active: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      className={
        active
          ? "rounded-full bg-stone-900 px-3 py-1 text-white"
          : "rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-700 hover:bg-stone-100"
      }
    >
      {children}
    </Link>
  );
}
