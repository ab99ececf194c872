import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { loadActor, type Actor } from "./actor";
import { getAuthOptions } from "./options";
import { currentRequestInfo } from "./request";

/** The signed-in actor for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  // Tokens from before session rows existed carry no `sid`: they sign in again once.
  if (!session?.uid || !session.sid || session.sv === undefined || session.authTime === undefined)
    return null;
  const { address } = await currentRequestInfo();
  return loadActor(
    { userId: session.uid, sessionId: session.sid, sessionVersion: session.sv, authTime: session.authTime },
    env.SESSION_MAX_AGE_HOURS * 3600 * 1000,
    Date.now(),
    address,
  );
});

/** The signed-in actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
