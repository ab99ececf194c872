import type { Metadata } from "next";
import Link from "next/link";
import { ImportHistory } from "@/components/imports/import-history";
import { ImportWizard } from "@/components/imports/import-wizard";
import { PostmortemTabs } from "@/components/postmortems/postmortem-tabs";
import { StatusBadge } from "@/components/ui/badges";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { NotFoundError } from "@/lib/errors";
import { statusLabels } from "@/lib/schemas/postmortems";
import { toLocalInputValue } from "@/lib/time";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound } from "@/server/denials";
import { undoImportAction } from "@/server/imports/actions";
import { listAgentActors, listImports } from "@/server/imports/queries";
import { getPostmortemHeader } from "@/server/postmortems/queries";

export const metadata: Metadata = { title: "Import timeline events · Kintsugi" };

// No loading.tsx here: streaming a fallback first would turn notFound() for
// another team's postmortem into a 200 (see the history page).
async function orNotFound(error: unknown): Promise<never> {
  if (error instanceof NotFoundError) await auditedNotFound(error);
  throw error;
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  const [postmortem, batches, agents] = await Promise.all([
    getPostmortemHeader(actor, id),
    listImports(actor, id),
    listAgentActors(actor, id),
  ]).catch(orNotFound);
  const zone = postmortem.incidentTimeZone;
  const local = (date: Date | null) => (date ? toLocalInputValue(date, zone) : "");
  const undo = undoImportAction.bind(null, postmortem.id);

  return (
    <div className="space-y-8">
      <PostmortemTabs postmortemId={postmortem.id} current="timeline" />
      <PageHeader
        title="Import timeline events"
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-words">
              INC-{postmortem.number} · {postmortem.title}
            </span>
            <StatusBadge status={postmortem.status} />
          </span>
        }
        actions={
          <Link href={`/postmortems/${postmortem.id}/timeline`} className={buttonClass.secondary}>
            Back to the timeline
          </Link>
        }
      />

      {postmortem.viewer.canEdit ? (
        <ImportWizard
          postmortemId={postmortem.id}
          zone={zone}
          defaultRange={{ from: local(postmortem.startedAt), to: local(postmortem.resolvedAt) }}
          agents={agents.map((a) => ({ id: a.id, name: a.model ? `${a.name} (${a.model})` : a.name }))}
          undo={undo}
        />
      ) : (
        <p
          role="status"
          className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {postmortem.viewer.canWrite
            ? `This postmortem is ${statusLabels[postmortem.status].toLowerCase()} and read-only. Move it back to draft to import events.`
            : "Only writers of the owning team can import events. Ask a team manager for the writer role."}
        </p>
      )}

      <section aria-labelledby="past-imports-heading" className="space-y-3">
        <h2 id="past-imports-heading" className="text-lg font-semibold text-stone-900">
          Past imports
        </h2>
        <ImportHistory batches={batches} zone={zone} canUndo={postmortem.viewer.canEdit} undo={undo} />
      </section>
    </div>
  );
}
