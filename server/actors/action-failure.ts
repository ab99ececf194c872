import "server-only";
import type { z } from "zod";
import { issuesToFieldErrors } from "@/lib/schemas/entity";
import { actionFailure, type ActionFailure } from "@/server/action-result";

/** Schema failures as field errors; `prefix` is the wrapper key to strip ("actor.name" → "name"). */
export function invalidInput(error: z.ZodError, prefix?: string): ActionFailure {
  const fieldErrors = issuesToFieldErrors(
    prefix
      ? ({
          issues: error.issues.map((i) => ({ ...i, path: i.path[0] === prefix ? i.path.slice(1) : i.path })),
        } as z.ZodError)
      : error,
  );
  return { status: "error", formError: "Please correct the highlighted fields.", fieldErrors };
}

/** Expected errors become values; anything else is logged and masked with a reference. */
export function entityFailure(error: unknown): Promise<ActionFailure> {
  return actionFailure(
    error,
    (reference) =>
      `Not saved: something went wrong on our side. Nothing was changed. Reference: ${reference}`,
  );
}
