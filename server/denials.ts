import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError, type DenialSubject } from "@/lib/errors";
import { getActor } from "@/server/auth/session";
import { recordDenial } from "./audit-denials";

/**
 * For actions, pages and route handlers: audits a refusal by the signed-in
 * person of this request (server/audit-denials.ts). Anything that is not a
 * refusal, or a request without a session, is ignored. Never throws.
 */
export async function auditDenied(error: unknown): Promise<void> {
  if (!(error instanceof NotFoundError) && !(error instanceof ForbiddenError)) return;
  try {
    const actor = await getActor();
    if (actor) await recordDenial(actor, error);
  } catch (failure) {
    console.error("[kintsugi] could not audit a refused request", failure);
  }
}

/** A page's 404 for a refusal, audited first. */
export async function auditedNotFound(error: unknown): Promise<never> {
  await auditDenied(error);
  notFound();
}

/** A page refused outright (e.g. admin pages for non-admins): audited, then 404. */
export async function refusePage(subject: DenialSubject): Promise<never> {
  return auditedNotFound(new NotFoundError("Not found", subject));
}
