"use server";
import "server-only";
import { cookies } from "next/headers";
import { changePasswordSchema, signUpSchema } from "@/lib/schemas/auth";
import { defineAction, defineFormAction } from "@/server/action";
import { changePassword, signUp } from "@/server/users/mutations";
import { currentRequestInfo } from "./request";
import { revokeAllSessions, revokeSession } from "./sessions";

/** Creates the account; the sign-up form then signs in with the same credentials. */
export const signUpAction = defineFormAction({
  public: true,
  input: signUpSchema,
  run: async ({ input }) => {
    await signUp(input);
    return { values: { name: input.name, email: input.email } };
  },
});

export const changePasswordAction = defineFormAction({
  input: changePasswordSchema,
  run: async ({ actor, input }) => {
    await changePassword(actor, input, (await currentRequestInfo()).address);
    // Every session, this one included, has ended: sign in with the new password.
    await forgetSessionCookie();
    return {};
  },
  redirect: () => "/sign-in?message=password-changed",
});

/** Ends one of the actor's sessions (from the sessions list in settings). */
export const revokeSessionAction = defineAction({
  ids: ["sessionId"],
  notFound: "That session has already ended.",
  run: async ({ actor, ids }) => {
    await revokeSession(actor, ids.sessionId);
    const own = ids.sessionId === actor.sessionId;
    if (own) await forgetSessionCookie();
    return { own, message: "Session ended. That device is signed out at its next request." };
  },
  revalidate: () => "/settings",
  redirect: (_context, { own }) => (own ? "/sign-in" : undefined),
});

/** "Sign out everywhere": every session of the actor, this one included. */
export const signOutEverywhereAction = defineAction({
  run: async ({ actor }) => {
    await revokeAllSessions(actor);
    await forgetSessionCookie();
    return {};
  },
  redirect: () => "/sign-in?message=signed-out-everywhere",
});

/** The session has ended in the database; drop its (now useless) cookie too. */
async function forgetSessionCookie() {
  const store = await cookies();
  for (const cookie of store.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(cookie.name)) {
      // A __Secure- cookie can only be replaced (here: expired) by a Secure Set-Cookie.
      const secure = cookie.name.startsWith("__Secure-");
      store.set(cookie.name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure });
    }
  }
}
