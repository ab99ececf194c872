// Shared pieces of the actor, guardrail and claim schemas and their results.
import { z } from "zod";
import { text } from "./text";
import type { FieldErrors } from "@/lib/form";

export const idSchema = text().min(1).max(64);

/** An optional id from a select: "" means none. */
export const optionalIdSchema = z
  .union([z.literal(""), z.null(), idSchema])
  .optional()
  .transform((v) => (v ? v : null));

/** Optional one-line text: trimmed, "" becomes null. */
export const optionalText = (max: number, message: string) =>
  text()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => (v ? v : null));

export const baseVersionSchema = z.coerce.number().int().min(1);

/** Deletes are version-checked too: deleting what someone just changed is a conflict. */
export const deleteSchema = z.object({ baseVersion: baseVersionSchema });

/** Results of the versioned forms of the actors tab. */
export type EntityResult<Current> =
  | { status: "success"; id: string; version: number }
  | { status: "error"; formError: string; fieldErrors?: FieldErrors }
  | { status: "conflict"; message: string; current: Current | null };

/** zod issues as field errors keyed by the path ("permissionsGranted.2" → "permissionsGranted"). */
export function issuesToFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    const list = (fieldErrors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return fieldErrors;
}
