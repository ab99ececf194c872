"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { dismissFlagSchema } from "@/lib/schemas/flags";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { dismissFlag, restoreFlag } from "./flags";

const idSchema = z.string().min(1).max(64);

export async function dismissFlagAction(
  postmortemId: string,
  _prev: FormResult,
  formData: FormData,
): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = dismissFlagSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  try {
    const id = idSchema.parse(postmortemId);
    await dismissFlag(actor, id, parsed.data);
    revalidatePath(`/postmortems/${id}`);
    return { status: "success", message: "Flag dismissed; reviewers will see your reason." };
  } catch (error) {
    return errorResult(error, values);
  }
}

export async function restoreFlagAction(postmortemId: string, dismissalId: string): Promise<FormResult> {
  const actor = await requireActor();
  try {
    const id = idSchema.parse(postmortemId);
    await restoreFlag(actor, id, idSchema.parse(dismissalId));
    revalidatePath(`/postmortems/${id}`);
    return { status: "success", message: "Flag restored." };
  } catch (error) {
    return errorResult(error, {});
  }
}
