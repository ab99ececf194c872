"use server";
import "server-only";
import { z } from "zod";
import { severityRange, severityScaleFromForm, severityScaleSchema } from "@/lib/severity";
import { defineFormAction } from "@/server/action";
import { updateSeverityScale } from "./severity";

export const saveSeverityScaleAction = defineFormAction({
  input: z.preprocess(
    (values) => severityScaleFromForm(values as Record<string, string>),
    severityScaleSchema,
  ),
  // levels.2.label → label-SEV3, the form's field names.
  fieldName: (path) => {
    const m = /^levels\.(\d)\.(label|description)$/.exec(path);
    return m ? `${m[2]}-SEV${Number(m[1]) + 1}` : path;
  },
  run: async ({ actor, input }) => {
    const scale = await updateSeverityScale(actor, input);
    return { message: `Saved. The severity scale is now ${severityRange(scale)}.` };
  },
  revalidate: () => ({ layout: "/" }),
});
