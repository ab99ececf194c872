import { formatDistanceStrict } from "date-fns";
import { UNKNOWN_ADDRESS } from "@/lib/client-address";
import type { FormResult } from "@/lib/action-result";
import type { SessionListItem } from "@/lib/session-list";
import { SessionsList, type SessionRow } from "./sessions-list";

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function ago(date: Date, now: Date) {
  return now.getTime() - date.getTime() < 60_000
    ? "just now"
    : formatDistanceStrict(date, now, { addSuffix: true });
}

/** Where the user is signed in (settings), with revoke per session and "sign out everywhere". */
export function SessionsSection({
  sessions,
  revoke,
  signOutEverywhere,
  now = new Date(),
}: {
  sessions: SessionListItem[];
  revoke: (sessionId: string) => Promise<FormResult>;
  signOutEverywhere: () => Promise<FormResult>;
  now?: Date;
}) {
  const rows: SessionRow[] = sessions.map((s) => ({
    id: s.id,
    device: s.device,
    userAgent: s.userAgent,
    address: s.address && s.address !== UNKNOWN_ADDRESS ? s.address : "Unknown address",
    knownAddress: Boolean(s.address && s.address !== UNKNOWN_ADDRESS),
    created: { iso: s.createdAt.toISOString(), label: utc(s.createdAt) },
    lastSeen: { iso: s.lastSeenAt.toISOString(), label: ago(s.lastSeenAt, now) },
    current: s.current,
  }));
  return (
    <section
      aria-labelledby="sessions-heading"
      className="rounded-lg border border-stone-200 bg-white p-5 lg:col-span-2"
    >
      <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">
        Where you are signed in
      </h2>
      <p className="mb-4 text-sm text-stone-600">
        Each browser or device you signed in from. End any session you do not recognise: that device is signed
        out at its next request.
      </p>
      <SessionsList sessions={rows} revoke={revoke} signOutEverywhere={signOutEverywhere} />
    </section>
  );
}
