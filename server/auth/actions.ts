"use server";
import "server-only";
import { redirect } from "next/navigation";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { changePasswordSchema, signUpSchema } from "@/lib/schemas/auth";
import { errorResult } from "@/server/action-result";
import { changePassword, signUp } from "@/server/users/mutations";
import { requireActor } from "./session";

/** Creates the account; the sign-up form then signs in with the same credentials. */
export async function signUpAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const values = formValues(formData);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, { ...values, password: "" });
  try {
    await signUp(parsed.data);
    return { status: "success", values: { ...values, password: "" } };
  } catch (error) {
    return errorResult(error, { ...values, password: "" });
  }
}

export async function changePasswordAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const blank = { currentPassword: "", newPassword: "", confirmPassword: "" };
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, blank);
  try {
    await changePassword(actor, parsed.data);
  } catch (error) {
    return errorResult(error, blank);
  }
  // Every session, this one included, has ended: sign in with the new password.
  redirect("/sign-in?message=password-changed");
}
