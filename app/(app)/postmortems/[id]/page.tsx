import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostmortemView } from "@/components/postmortems/postmortem-view";
import { NotFoundError } from "@/lib/errors";
import { requireActor } from "@/server/auth/session";
import { getPostmortem } from "@/server/postmortems/queries";

export const metadata: Metadata = { title: "Postmortem · Kintsugi" };

export default async function PostmortemPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  const postmortem = await getPostmortem(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // Slots: each feature replaces only its own marker line.
  return (
    <>
      {/* slot:workflow */}
      {/* slot:editor */}
      <PostmortemView postmortem={postmortem} />
      {/* slot:flags */}
    </>
  );
}
