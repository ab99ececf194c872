// What the sessions list shows of one signed-in device: listSessions()
// (server/auth/sessions.ts) returns it and the settings page's
// SessionsSection renders it, so the shape lives where both may import it.
export type SessionListItem = {
  id: string;
  /** "Firefox on Windows" (lib/user-agent.ts). */
  device: string;
  userAgent: string;
  address: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session of the request that lists them. */
  current: boolean;
};
