import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/badges";
import { PageHeader } from "@/components/ui/page-header";
import { PostmortemTabs } from "@/components/postmortems/postmortem-tabs";
import { buttonClass } from "@/components/ui/styles";
import { RevisionDiff } from "@/components/workflow/revision-diff";
import { RevisionList } from "@/components/workflow/revision-list";
import { NotFoundError } from "@/lib/errors";
import { diffSnapshots } from "@/lib/revision-diff";
import { formatInZone } from "@/lib/time";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound } from "@/server/denials";
import { getPostmortemHeader } from "@/server/postmortems/queries";
import { getRevisionPair, listRevisions } from "@/server/postmortems/workflow/mutations";
import { restoreRevisionAction } from "@/server/postmortems/workflow/actions";

export const metadata: Metadata = { title: "History · Kintsugi" };

const asNumber = (value: string | string[] | undefined) => {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

async function orNotFound(error: unknown): Promise<never> {
  if (error instanceof NotFoundError) await auditedNotFound(error);
  throw error;
}

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query, actor] = await Promise.all([params, searchParams, requireActor()]);
  const [postmortem, revisions] = await Promise.all([
    getPostmortemHeader(actor, id),
    listRevisions(actor, id),
  ]).catch(orNotFound);

  const numbers = new Set(revisions.map((r) => r.number));
  const latest = revisions[0]?.number ?? 1;
  const previous = revisions[1]?.number ?? latest;
  const pick = (value: number | null, fallback: number) => (value && numbers.has(value) ? value : fallback);
  const from = pick(asNumber(query.from), previous);
  const to = pick(asNumber(query.to), latest);
  const pair = await getRevisionPair(actor, id, from, to).catch(orNotFound);
  const diff = diffSnapshots(pair.from.snapshot, pair.to.snapshot);
  const zone = postmortem.incidentTimeZone;

  const restoreDisabledReason = !postmortem.viewer.canWrite
    ? "Only writers of the team can restore revisions."
    : !postmortem.viewer.canEdit
      ? "Move the postmortem back to draft to restore a revision."
      : null;

  return (
    <div className="space-y-8">
      <PostmortemTabs postmortemId={postmortem.id} current="history" />
      <PageHeader
        title={`History of INC-${postmortem.number}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-words">{postmortem.title}</span>
            <StatusBadge status={postmortem.status} />
          </span>
        }
        actions={
          <Link href={`/postmortems/${postmortem.id}`} className={buttonClass.secondary}>
            Back to the postmortem
          </Link>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
        <RevisionList
          postmortemId={postmortem.id}
          revisions={revisions.map((r) => ({
            number: r.number,
            reason: r.reason,
            note: r.note,
            authorName: r.author.name,
            at: formatInZone(r.createdAt, zone),
          }))}
          from={from}
          to={to}
          restoreDisabledReason={restoreDisabledReason}
          restore={restoreRevisionAction.bind(null, postmortem.id)}
        />
        <RevisionDiff fields={diff.fields} sections={diff.sections} fromNumber={from} toNumber={to} />
      </div>
    </div>
  );
}
