"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { readIdempotencyKey } from "@/lib/idempotency";
import { templateInputSchema } from "@/lib/schemas/templates";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { archiveTemplate, createTemplate, updateTemplate } from "./mutations";

const idSchema = z.string().min(1).max(64);

export async function saveTemplateAction(
  teamId: string,
  templateId: string | null,
  _prev: FormResult,
  formData: FormData,
): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = templateInputSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  const key = templateId ? null : readIdempotencyKey(formData);
  if (key && !key.ok) return { status: "error", formError: key.message, values };
  try {
    if (templateId)
      await updateTemplate(actor, idSchema.parse(teamId), idSchema.parse(templateId), parsed.data);
    else await createTemplate(actor, idSchema.parse(teamId), parsed.data, key?.key);
  } catch (error) {
    return errorResult(error, values);
  }
  revalidatePath("/settings/templates");
  redirect("/settings/templates");
}

export async function archiveTemplateAction(teamId: string, templateId: string): Promise<FormResult> {
  const actor = await requireActor();
  try {
    await archiveTemplate(actor, idSchema.parse(teamId), idSchema.parse(templateId));
    revalidatePath("/settings/templates");
    return { status: "success", message: "Template archived." };
  } catch (error) {
    return errorResult(error, {});
  }
}
