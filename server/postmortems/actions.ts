"use server";
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { readIdempotencyKey } from "@/lib/idempotency";
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
  const key = readIdempotencyKey(formData);
  if (!key.ok) return { status: "error", formError: key.message, values };
  let id: string;
  try {
    const created = await createPostmortem(
      actor,
      z.string().min(1).max(64).parse(teamId),
      parsed.data,
      key.key,
    );
    id = created.id;
  } catch (error) {
    return errorResult(error, values);
  }
  redirect(`/postmortems/${id}`);
}
