// GET …/timeline/events/<eventId>: one event in full (TimelineEventView). The
// timeline's pages carry the row's fields only (partial events); the tab loads
// an event's details from here when its Details or Edit is opened. The session
// is the actor; the data layer authorises (another team's event is a 404).
import { NotFoundError } from "@/lib/errors";
import { recordDenial } from "@/server/audit-denials";
import { getActor } from "@/server/auth/session";
import { getTimelineEvent } from "@/server/timeline/queries";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; eventId: string }> },
) {
  const [{ id, eventId }, actor] = await Promise.all([params, getActor()]);
  if (!actor) return json(401, { message: "Your session has ended. Sign in again, then reload." });
  try {
    return json(200, await getTimelineEvent(actor, id, eventId));
  } catch (error) {
    if (error instanceof NotFoundError) {
      await recordDenial(actor, error);
      return json(404, { message: "Not found" });
    }
    throw error;
  }
}
