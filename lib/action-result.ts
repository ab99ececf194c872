// The one result shape of every Server Action (server/action.ts makes them),
// read by the browser. Five kinds:
//
// - success: `{ status: "success", ...data }`, the action's own data spread in;
// - invalid input: `{ status: "error", kind: "invalid", fieldErrors }`, a message per field;
// - conflict: `{ status: "conflict", message, theirs }`, someone else saved first, and this is
//   what they saved (the conflict view shows it beside what the user typed);
// - expected error: `{ status: "error", kind: "expected", formError }`, a refusal or a broken
//   rule, said as it is (not found, no permission, a rule; `fieldErrors` when it is one field's);
// - unexpected error: `{ status: "error", kind: "unexpected", formError, reference }`: the
//   message is a fixed sentence with a reference to the server log, never the error's own text.
//
// Form actions (useActionState) also echo what was submitted in `values` (passwords left out), so
// a form re-rendered with its result keeps what the user typed.

import type { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionFailure = {
  status: "error";
  kind: "invalid" | "expected" | "unexpected";
  formError: string;
  fieldErrors?: FieldErrors;
  /** Unexpected errors only: where the error is in the server log. */
  reference?: string;
};

export type ActionConflict<Theirs> = { status: "conflict"; message: string; theirs: Theirs };

/** `T`: what a success carries; `Theirs`: what a conflict carries (never: the action has none). */
export type ActionResult<T extends object = object, Theirs = never> =
  ({ status: "success" } & T) | ActionFailure | ([Theirs] extends [never] ? never : ActionConflict<Theirs>);

/** What the user submitted, echoed by form actions. */
export type FormValues = Record<string, string>;

/** A form action's result (useActionState); "idle" before the first submit. */
export type FormResult = {
  status: "idle" | "success" | "error";
  kind?: ActionFailure["kind"];
  /** A success's message. */
  message?: string;
  formError?: string;
  fieldErrors?: FieldErrors;
  reference?: string;
  /** What the user submitted (passwords left out), or what the form should show next. */
  values?: FormValues;
};

export const idle: FormResult = { status: "idle" };

/**
 * zod issues as field errors keyed by their path, without the `unwrap` key
 * and without trailing array indexes ("permissionsGranted.2" → "permissionsGranted";
 * "sections.1.title" stays).
 */
export function fieldErrorsOf(error: z.ZodError, unwrap?: string): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (unwrap && path[0] === unwrap) path.shift();
    while (path.length > 1 && /^\d+$/.test(path[path.length - 1]!)) path.pop();
    const list = (fieldErrors[path.join(".") || "form"] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return fieldErrors;
}

export const INVALID_MESSAGE = "Please correct the highlighted fields.";

/** The sentence an unexpected error shows, with its reference in the server log. */
export function unexpectedMessage(reference: string) {
  return `Not saved: something went wrong on our side. Nothing was changed. Reference: ${reference}`;
}

/** A failure in one line: its first field's message when it has field errors (the autosave status). */
export function firstProblem(failure: ActionFailure): string {
  return Object.values(failure.fieldErrors ?? {})[0]?.[0] ?? failure.formError;
}

/** A form's submitted text fields (not files, not Next's own $ACTION fields). */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
