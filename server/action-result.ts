import "server-only";
import crypto from "node:crypto";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { FieldErrors, FormResult } from "@/lib/form";
import { auditDenied } from "./denials";

/** The error half of every action result: a message for the form, and the field it belongs to if any. */
export type ActionFailure = { status: "error"; formError: string; fieldErrors?: FieldErrors };

/**
 * Turns an error thrown by a mutation into an action failure. Expected errors
 * (not found, forbidden, conflict, rule) are shown as they are; anything else
 * is logged with a reference and the user sees only `unexpected(reference)`.
 * Refusals (not found, forbidden) are audited first (server/denials.ts).
 */
export async function actionFailure(
  error: unknown,
  unexpected: (reference: string) => string,
): Promise<ActionFailure> {
  await auditDenied(error);
  if (error instanceof RuleError)
    return {
      status: "error",
      formError: error.message,
      ...(error.field && { fieldErrors: { [error.field]: [error.message] } }),
    };
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError)
    return { status: "error", formError: error.message };
  // Next's redirect()/notFound() are control flow, not failures.
  if (isNextControlFlow(error)) throw error;
  return { status: "error", formError: unexpected(logUnexpected(error)) };
}

/** actionFailure for useActionState forms: echoes back what the user submitted. */
export async function errorResult(error: unknown, values: Record<string, string>): Promise<FormResult> {
  const failure = await actionFailure(
    error,
    (reference) => `Something went wrong on our side. Nothing was changed. Reference: ${reference}`,
  );
  return { ...failure, values };
}

export function logUnexpected(error: unknown): string {
  const reference = crypto.randomBytes(4).toString("hex");
  console.error(`[kintsugi] unexpected error ref=${reference}`, error);
  return reference;
}

/** Every error Next throws for its own control flow carries a digest starting with "NEXT_". */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}
