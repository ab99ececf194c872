import type { Metadata } from "next";
import Link from "next/link";
import { PostmortemList } from "@/components/postmortems/postmortem-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { listPostmortemsSchema, statuses, statusLabels } from "@/lib/schemas/postmortems";
import { requireActor } from "@/server/auth/session";
import { canWrite } from "@/server/policy";
import { listTeamPostmortems } from "@/server/postmortems/queries";
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
      <EmptyState title="You are not in a team yet">
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
  const result = await listTeamPostmortems(actor, team.teamId, query);
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
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2 text-sm">
        <FilterLink href="/postmortems" active={!query.status && !query.flagged}>
          All
        </FilterLink>
        {statuses.map((s) => (
          <FilterLink key={s} href={`/postmortems?status=${s}`} active={query.status === s}>
            {statusLabels[s]}
          </FilterLink>
        ))}
        <FilterLink href="/postmortems?flagged=1" active={query.flagged}>
          With open language flags
        </FilterLink>
      </nav>
      {result.items.length === 0 ? (
        query.flagged ? (
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
