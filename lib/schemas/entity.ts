// Shared pieces of the actor, guardrail and claim schemas and their results.
import { z } from "zod";
import { text } from "./text";
import type { ActionResult } from "@/lib/action-result";

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

/** Results of the versioned forms of the actors tab: a conflict's `theirs` is the record as it is now. */
export type EntityResult<Current> = ActionResult<{ id: string; version: number }, Current | null>;
