import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/server/auth/actor";
import { requestIsHttps } from "@/server/auth/request";
import { pickCurrentTeam } from "./queries";

export const TEAM_COOKIE = "kintsugi-team";

/** The team the actor last switched to (a preference cookie, never trusted for access). */
export async function getCurrentTeam(actor: Actor) {
  const store = await cookies();
  return pickCurrentTeam(actor, store.get(TEAM_COOKIE)?.value);
}

/** Attributes of the team cookie: Secure whenever the request came over https. */
export function teamCookieAttributes(https: boolean) {
  return { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 3600, secure: https } as const;
}

/** Remembers the team the actor switched to. */
export async function setTeamCookie(slug: string) {
  (await cookies()).set(TEAM_COOKIE, slug, teamCookieAttributes(await requestIsHttps()));
}
