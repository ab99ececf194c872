"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { FieldErrors } from "@/lib/form";
import { readIdempotencyKey } from "@/lib/idempotency";
import {
  addSectionSchema,
  idSchema,
  moveSectionSchema,
  removeSectionSchema,
  saveHeaderSchema,
  saveSectionSchema,
  type HeartbeatResult,
  type SaveHeaderResult,
  type SaveSectionResult,
  type StructureResult,
} from "@/lib/schemas/editing";
import type { z } from "zod";
import { logUnexpected } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { auditDenied } from "@/server/denials";
import {
  addSection,
  FieldRuleError,
  heartbeat,
  HeaderConflictError,
  moveSection,
  removeSection,
  saveHeader,
  saveSection,
  SectionConflictError,
} from "./editing";

type Failure = { status: "error"; retry: boolean; formError: string; fieldErrors?: FieldErrors };

function invalid(error: z.ZodError): Failure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    // "changes.title" → "title": the editor shows errors by field name.
    const path = issue.path.map(String).filter((p) => p !== "changes");
    const key = path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = Object.values(fieldErrors)[0]?.[0];
  return {
    status: "error",
    retry: false,
    fieldErrors,
    formError: first ?? "Please correct the highlighted fields.",
  };
}

/** Expected errors become values (refusals audited); anything else is logged and retried by the editor. */
async function failure(error: unknown): Promise<Failure> {
  await auditDenied(error);
  if (error instanceof FieldRuleError)
    return { status: "error", retry: false, formError: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof RuleError)
    return {
      status: "error",
      retry: false,
      formError: error.message,
      ...(error.field && { fieldErrors: { [error.field]: [error.message] } }),
    };
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError)
    return { status: "error", retry: false, formError: error.message };
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_")) throw error;
  const reference = logUnexpected(error);
  return {
    status: "error",
    retry: true,
    formError: `Not saved: something went wrong on our side (reference ${reference}).`,
  };
}

export async function saveSectionAction(
  postmortemId: string,
  sectionId: string,
  input: unknown,
): Promise<SaveSectionResult> {
  const actor = await requireActor();
  const ids = idSchema.safeParse(postmortemId).success && idSchema.safeParse(sectionId).success;
  if (!ids) return { status: "error", retry: false, formError: "Section not found" };
  const parsed = saveSectionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const saved = await saveSection(actor, postmortemId, sectionId, parsed.data);
    return { status: "success", version: saved.version, savedAt: saved.savedAt.toISOString() };
  } catch (error) {
    if (error instanceof SectionConflictError)
      return { status: "conflict", message: error.message, theirs: error.theirs };
    return failure(error);
  }
}

export async function saveHeaderAction(postmortemId: string, input: unknown): Promise<SaveHeaderResult> {
  const actor = await requireActor();
  if (!idSchema.safeParse(postmortemId).success)
    return { status: "error", retry: false, formError: "Postmortem not found" };
  const parsed = saveHeaderSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const saved = await saveHeader(actor, postmortemId, parsed.data);
    return {
      status: "success",
      version: saved.version,
      values: saved.values,
      savedAt: new Date().toISOString(),
    };
  } catch (error) {
    if (error instanceof HeaderConflictError)
      return {
        status: "conflict",
        message: error.message,
        conflicts: error.conflicts,
        values: error.current,
      };
    return failure(error);
  }
}

export async function addSectionAction(postmortemId: string, input: unknown): Promise<StructureResult> {
  const actor = await requireActor();
  if (!idSchema.safeParse(postmortemId).success)
    return { status: "error", formError: "Postmortem not found" };
  const parsed = addSectionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const key = readIdempotencyKey(input);
  if (!key.ok) return { status: "error", formError: key.message };
  try {
    const section = await addSection(actor, postmortemId, parsed.data, key.key);
    revalidatePath(`/postmortems/${postmortemId}`);
    return { status: "success", section };
  } catch (error) {
    return failure(error);
  }
}

export async function removeSectionAction(
  postmortemId: string,
  sectionId: string,
  input: unknown,
): Promise<StructureResult> {
  const actor = await requireActor();
  if (!idSchema.safeParse(postmortemId).success || !idSchema.safeParse(sectionId).success)
    return { status: "error", formError: "Section not found" };
  const parsed = removeSectionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await removeSection(actor, postmortemId, sectionId, parsed.data.baseVersion);
    revalidatePath(`/postmortems/${postmortemId}`);
    return { status: "success" };
  } catch (error) {
    return failure(error);
  }
}

export async function moveSectionAction(
  postmortemId: string,
  sectionId: string,
  direction: unknown,
): Promise<StructureResult> {
  const actor = await requireActor();
  const parsed = moveSectionSchema.safeParse(direction);
  if (!idSchema.safeParse(postmortemId).success || !idSchema.safeParse(sectionId).success || !parsed.success)
    return { status: "error", formError: "Section not found" };
  try {
    await moveSection(actor, postmortemId, sectionId, parsed.data);
    revalidatePath(`/postmortems/${postmortemId}`);
    return { status: "success" };
  } catch (error) {
    return failure(error);
  }
}

export async function heartbeatAction(postmortemId: string): Promise<HeartbeatResult> {
  const actor = await requireActor();
  if (!idSchema.safeParse(postmortemId).success) return { status: "error" };
  try {
    return { status: "success", others: await heartbeat(actor, postmortemId) };
  } catch (error) {
    if (!(error instanceof NotFoundError)) logUnexpected(error);
    return { status: "error" };
  }
}
