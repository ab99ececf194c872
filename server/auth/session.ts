import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { loadActor, type Actor } from "./actor";
import { getAuthOptions } from "./options";

/** The signed-in actor for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.uid || session.sv === undefined || session.authTime === undefined) return null;
  return loadActor(
    { userId: session.uid, sessionVersion: session.sv, authTime: session.authTime },
    env.SESSION_MAX_AGE_HOURS * 3600 * 1000,
  );
});

/** The signed-in actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
