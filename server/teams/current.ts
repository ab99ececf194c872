import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/server/auth/actor";
import { pickCurrentTeam } from "./queries";

export const TEAM_COOKIE = "kintsugi-team";

/** The team the actor last switched to (a preference cookie, never trusted for access). */
export async function getCurrentTeam(actor: Actor) {
  const store = await cookies();
  return pickCurrentTeam(actor, store.get(TEAM_COOKIE)?.value);
}
