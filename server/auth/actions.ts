"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { changePasswordSchema, signUpSchema } from "@/lib/schemas/auth";
import { errorResult } from "@/server/action-result";
import { changePassword, signUp } from "@/server/users/mutations";
import { currentRequestInfo } from "./request";
import { requireActor } from "./session";
import { revokeAllSessions, revokeSession } from "./sessions";

/** Creates the account; the sign-up form then signs in with the same credentials. */
export async function signUpAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const values = formValues(formData);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, { ...values, password: "" });
  try {
    await signUp(parsed.data);
    return { status: "success", values: { ...values, password: "" } };
  } catch (error) {
    return besideTheField(await errorResult(error, { ...values, password: "" }));
  }
}

/** A rule broken by one field is said beside it; the form's banner only points there. */
function besideTheField(result: FormResult): FormResult {
  return result.fieldErrors ? { ...result, formError: "Please correct the highlighted fields." } : result;
}

export async function changePasswordAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const blank = { currentPassword: "", newPassword: "", confirmPassword: "" };
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, blank);
  try {
    await changePassword(actor, parsed.data, (await currentRequestInfo()).address);
  } catch (error) {
    return besideTheField(await errorResult(error, blank));
  }
  // Every session, this one included, has ended: sign in with the new password.
  await forgetSessionCookie();
  redirect("/sign-in?message=password-changed");
}

const sessionIdSchema = z.string().min(1).max(64);

/** Ends one of the actor's sessions (from the sessions list in settings). */
export async function revokeSessionAction(sessionId: string): Promise<FormResult> {
  const actor = await requireActor();
  const id = sessionIdSchema.safeParse(sessionId);
  if (!id.success) return { status: "error", formError: "That session has already ended." };
  try {
    await revokeSession(actor, id.data);
  } catch (error) {
    return errorResult(error, {});
  }
  if (id.data === actor.sessionId) {
    await forgetSessionCookie();
    redirect("/sign-in");
  }
  revalidatePath("/settings");
  return { status: "success", message: "Session ended. That device is signed out at its next request." };
}

/** "Sign out everywhere": every session of the actor, this one included. */
export async function signOutEverywhereAction(): Promise<FormResult> {
  const actor = await requireActor();
  try {
    await revokeAllSessions(actor);
  } catch (error) {
    return errorResult(error, {});
  }
  await forgetSessionCookie();
  redirect("/sign-in?message=signed-out-everywhere");
}

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
