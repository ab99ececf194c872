"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { severityRange, severityScaleFromForm, severityScaleSchema } from "@/lib/severity";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { updateSeverityScale } from "./severity";

export async function saveSeverityScaleAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = severityScaleSchema.safeParse(severityScaleFromForm(values));
  if (!parsed.success) {
    // levels.2.label → label-SEV3, the form's field names.
    const result = validationFailed(parsed.error, values);
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors ?? {}).map(([key, messages]) => {
        const m = /^levels\.(\d)\.(label|description)$/.exec(key);
        return [m ? `${m[2]}-SEV${Number(m[1]) + 1}` : key, messages];
      }),
    );
    return { ...result, fieldErrors };
  }
  try {
    const scale = await updateSeverityScale(actor, parsed.data);
    revalidatePath("/", "layout");
    return {
      status: "success",
      message: `Saved. The severity scale is now ${severityRange(scale)}.`,
      values,
    };
  } catch (error) {
    return errorResult(error, values);
  }
}
