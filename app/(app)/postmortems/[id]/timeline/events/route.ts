// GET …/timeline/events?afterAt=<ISO>&afterId=<id>: the timeline's events after
// that one, a page at a time, in the compact wire form (lib/timeline/packed-events.ts).
// The timeline tab server-renders its first window only and fetches the rest
// here once hydrated. A route handler rather than a Server Action: a plain,
// cacheless GET whose JSON answer needs no RSC encoding, and Server Actions
// run one at a time. The session is the actor; the data layer authorises.
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { recordDenial } from "@/server/audit-denials";
import { getActor } from "@/server/auth/session";
import { getTimelineEvents } from "@/server/timeline/queries";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

const querySchema = z.union([
  z.object({ afterAt: z.iso.datetime(), afterId: z.string().min(1).max(64) }),
  z.object({ afterAt: z.undefined(), afterId: z.undefined() }),
]);

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, getActor()]);
  if (!actor) return json(401, { message: "Your session has ended. Sign in again, then reload." });
  const search = new URL(request.url).searchParams;
  const query = querySchema.safeParse({
    afterAt: search.get("afterAt") ?? undefined,
    afterId: search.get("afterId") ?? undefined,
  });
  if (!query.success)
    return json(400, { message: "Give both afterAt (an ISO time) and afterId, or neither." });
  const { afterAt, afterId } = query.data;
  try {
    const page = await getTimelineEvents(actor, id, {
      after: afterAt && afterId ? { at: afterAt, id: afterId } : null,
    });
    return json(200, page);
  } catch (error) {
    if (error instanceof NotFoundError) {
      await recordDenial(actor, error);
      return json(404, { message: "Not found" });
    }
    throw error;
  }
}
