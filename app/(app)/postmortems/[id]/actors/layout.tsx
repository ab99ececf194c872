import { NotFoundError } from "@/lib/errors";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound } from "@/server/denials";
import { getPostmortemHeader } from "@/server/postmortems/queries";

// The access check lives here, outside loading.tsx's Suspense boundary, so
// another team's (or an unknown) postmortem answers a real 404 before any
// loading state is streamed.
export default async function ActorsLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: React.ReactNode;
}) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  await getPostmortemHeader(actor, id).catch(async (error: unknown) => {
    if (error instanceof NotFoundError) await auditedNotFound(error);
    throw error;
  });
  return children;
}
