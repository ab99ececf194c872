// The one result shape every form action returns (used with useActionState).
import type { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

export type FormResult = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  formError?: string;
  /** What the user submitted, echoed back so nothing typed is lost. */
  values?: Record<string, string>;
};

export const idle: FormResult = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function validationFailed(error: z.ZodError, values: Record<string, string>): FormResult {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { status: "error", fieldErrors, values, formError: "Please correct the highlighted fields." };
}
