import "server-only";
import crypto from "node:crypto";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { FormResult } from "@/lib/form";

/**
 * Turns an error thrown by a mutation into a form result. Expected errors
 * (not found, forbidden, conflict, rule) are shown as they are; anything else
 * is logged with a reference and the user sees only the reference.
 */
export function errorResult(error: unknown, values: Record<string, string>): FormResult {
  if (error instanceof RuleError) {
    return error.field
      ? { status: "error", values, fieldErrors: { [error.field]: [error.message] }, formError: error.message }
      : { status: "error", values, formError: error.message };
  }
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError) {
    return { status: "error", values, formError: error.message };
  }
  // Next's redirect()/notFound() are control flow, not failures.
  if (isNextControlFlow(error)) throw error;
  const reference = logUnexpected(error);
  return {
    status: "error",
    values,
    formError: `Something went wrong on our side. Nothing was changed. Reference: ${reference}`,
  };
}

export function logUnexpected(error: unknown): string {
  const reference = crypto.randomBytes(4).toString("hex");
  console.error(`[kintsugi] unexpected error ref=${reference}`, error);
  return reference;
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
