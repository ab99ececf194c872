import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostmortemView } from "@/components/postmortems/postmortem-view";
import { NotFoundError } from "@/lib/errors";
import { requireActor } from "@/server/auth/session";
import { getPostmortem } from "@/server/postmortems/queries";
import { getFlagReport } from "@/server/postmortems/flags";
import { dismissFlagAction, restoreFlagAction } from "@/server/postmortems/flags-actions";
import { FlagsPanel } from "@/components/blameless/flags-panel";

export const metadata: Metadata = { title: "Postmortem · Kintsugi" };

export default async function PostmortemPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  const [postmortem, flags] = await Promise.all([getPostmortem(actor, id), getFlagReport(actor, id)]).catch(
    (error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    },
  );
  // Slots: each feature replaces only its own marker line.
  return (
    <>
      {/* slot:workflow */}
      {/* slot:editor */}
      <PostmortemView postmortem={postmortem} />
      <FlagsPanel
        flags={flags.items.map((f) => ({
          location: f.location,
          locationLabel: f.locationLabel,
          ruleId: f.ruleId,
          match: f.match,
          reason: f.reason,
          suggestion: f.suggestion,
          context: f.context,
          dismissal: f.dismissal ? { ...f.dismissal, at: f.dismissal.at.toISOString() } : null,
        }))}
        canDismiss={flags.canDismiss}
        dismiss={dismissFlagAction.bind(null, postmortem.id)}
        restore={restoreFlagAction.bind(null, postmortem.id)}
      />
    </>
  );
}
