"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { statusLabels } from "@/lib/schemas/postmortems";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { readIdempotencyKey } from "@/lib/idempotency";
import { changeStatusSchema, restoreRevisionSchema } from "@/lib/schemas/workflow";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { changeStatus, restoreRevision } from "./workflow";

const idSchema = z.string().min(1).max(64);

function revalidatePostmortem(id: string) {
  revalidatePath(`/postmortems/${id}`);
  revalidatePath(`/postmortems/${id}/history`);
  revalidatePath("/postmortems");
}

/** Bind the postmortem id: `changeStatusAction.bind(null, id)`. */
export async function changeStatusAction(
  postmortemId: string,
  _prev: FormResult,
  formData: FormData,
): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const id = idSchema.safeParse(postmortemId);
  const parsed = changeStatusSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  if (!id.success) return { status: "error", values, formError: "Postmortem not found" };
  const key = readIdempotencyKey(formData);
  if (!key.ok) return { status: "error", formError: key.message, values };
  try {
    const result = await changeStatus(actor, id.data, parsed.data, key.key);
    revalidatePostmortem(id.data);
    return { status: "success", message: `Status is now ${statusLabels[result.status]}.` };
  } catch (error) {
    return errorResult(error, values);
  }
}

/** Bind the postmortem id: `restoreRevisionAction.bind(null, id)`. */
export async function restoreRevisionAction(
  postmortemId: string,
  _prev: FormResult,
  formData: FormData,
): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const id = idSchema.safeParse(postmortemId);
  const parsed = restoreRevisionSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  if (!id.success) return { status: "error", values, formError: "Postmortem not found" };
  const key = readIdempotencyKey(formData);
  if (!key.ok) return { status: "error", formError: key.message, values };
  try {
    const result = await restoreRevision(actor, id.data, parsed.data.revisionNumber, key.key);
    revalidatePostmortem(id.data);
    return {
      status: "success",
      message: `Restored revision ${parsed.data.revisionNumber} as revision ${result.revisionNumber}.`,
    };
  } catch (error) {
    return errorResult(error, values);
  }
}
