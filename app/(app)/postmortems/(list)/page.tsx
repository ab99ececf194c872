import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters, listHref } from "@/components/postmortems/list-filters";
import { PostmortemList } from "@/components/postmortems/postmortem-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { formatBoundedCount } from "@/lib/keyset";
import { listPostmortemsSchema, statusLabels } from "@/lib/schemas/postmortems";
import { describeSeverity } from "@/lib/severity";
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
  const filter = { status: query.status, severity: query.severity, flagged: query.flagged };
  const severityFilter = query.severity ? describeSeverity(scale, query.severity) : null;
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
            {team.teamName} · {formatBoundedCount(result.total)}{" "}
            {result.total.count === 1 && !result.total.capped ? "postmortem" : "postmortems"}
          </>
        }
        actions={newButton}
      />
      <ListFilters filter={filter} scale={scale} />
      {result.items.length === 0 ? (
        query.severity && severityFilter ? (
          <EmptyState title={`No ${severityFilter.value} (${severityFilter.label}) postmortems here`}>
            <Link href={listHref(filter, { severity: null })} className={buttonClass.link}>
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
        <PostmortemList items={result.items} scale={scale} />
      )}
      <Pager
        links={result.links}
        path="/postmortems"
        params={{ status: query.status, severity: query.severity, flagged: query.flagged ? "1" : undefined }}
        label="Postmortem pages"
        previous="Newer"
        next="Older"
      />
    </>
  );
}
