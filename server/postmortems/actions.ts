"use server";
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { createPostmortem } from "./mutations";

export async function createPostmortemAction(
  teamId: string,
  _prev: FormResult,
  formData: FormData,
): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = createPostmortemSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  let id: string;
  try {
    const created = await createPostmortem(actor, z.string().min(1).max(64).parse(teamId), parsed.data);
    id = created.id;
  } catch (error) {
    return errorResult(error, values);
  }
  redirect(`/postmortems/${id}`);
}
