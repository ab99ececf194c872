import { buildMarkdownExport, exportFilename } from "@/lib/export-markdown";
import { NotFoundError } from "@/lib/errors";
import { recordDenial } from "@/server/audit-denials";
import { getActor } from "@/server/auth/session";
import { getPostmortem } from "@/server/postmortems/queries";
import { getSeverityScale } from "@/server/settings/severity";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** "Download Markdown": the postmortem as a .md attachment, for whoever may read it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, getActor()]);
  if (!actor) return plain(401, "Sign in to download this postmortem.");
  try {
    const [postmortem, scale] = await Promise.all([getPostmortem(actor, id), getSeverityScale()]);
    return new Response(buildMarkdownExport(postmortem, new Date(), scale), {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFilename(postmortem.number, postmortem.title)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      await recordDenial(actor, error);
      return plain(404, "Not found");
    }
    throw error;
  }
}
