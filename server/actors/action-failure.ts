import "server-only";
import type { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { FieldErrors } from "@/lib/form";
import { issuesToFieldErrors } from "@/lib/schemas/entity";
import { logUnexpected } from "@/server/action-result";

type Failure = { status: "error"; formError: string; fieldErrors?: FieldErrors };

/** Schema failures as field errors; `prefix` is the wrapper key to strip ("actor.name" → "name"). */
export function invalidInput(error: z.ZodError, prefix?: string): Failure {
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
export function entityFailure(error: unknown): Failure {
  if (error instanceof RuleError)
    return {
      status: "error",
      formError: error.message,
      ...(error.field && { fieldErrors: { [error.field]: [error.message] } }),
    };
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError)
    return { status: "error", formError: error.message };
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_")) throw error;
  const reference = logUnexpected(error);
  return {
    status: "error",
    formError: `Not saved: something went wrong on our side. Nothing was changed. Reference: ${reference}`,
  };
}
