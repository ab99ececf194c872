"use server";
import "server-only";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/form";
import { readIdempotencyKey } from "@/lib/idempotency";
import {
  eventFieldsSchema,
  eventFlagsSchema,
  setMilestoneSchema,
  timelineIdSchema,
  updateEventSchema,
  type DeleteEventResult,
  type EventResult,
  type MilestoneResult,
  type UpdateEventResult,
} from "@/lib/schemas/timeline";
import type { TimelineEventView } from "@/lib/timeline/types";
import { actionFailure, type ActionFailure } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import {
  createEvent,
  deleteEvent,
  EventConflictError,
  restoreEvent,
  setEventFlags,
  setMilestone,
  updateEvent,
} from "./mutations";

type Failure = ActionFailure;

function invalid(error: z.ZodError): Failure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    // "fields.description" → "description": the form shows errors by field name.
    const key =
      issue.path
        .map(String)
        .filter((p) => p !== "fields")
        .join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { status: "error", fieldErrors, formError: "Please correct the highlighted fields." };
}

function failure(error: unknown): Promise<Failure> {
  return actionFailure(
    error,
    (reference) => `Not saved: something went wrong on our side (reference ${reference}).`,
  );
}

const badIds = (...ids: string[]) => ids.some((id) => !timelineIdSchema.safeParse(id).success);
const notFound: Failure = { status: "error", formError: "Not found" };
// No revalidatePath here on purpose: in a Server Action it re-renders the
// current page, i.e. the whole timeline (2,000 events) after every Enter. The
// tab updates its state from each result instead, and every postmortem view
// is dynamic (it reads the session), so other views read fresh data anyway.

/** `input` is the event's fields plus the attempt's `idempotencyKey`. */
export async function createEventAction(postmortemId: string, input: unknown): Promise<EventResult> {
  const actor = await requireActor();
  if (badIds(postmortemId)) return notFound;
  const parsed = eventFieldsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const key = readIdempotencyKey(input);
  if (!key.ok) return { status: "error", formError: key.message };
  try {
    const result = await createEvent(actor, postmortemId, parsed.data, key.key);
    return { status: "success", ...result };
  } catch (error) {
    return failure(error);
  }
}

export async function updateEventAction(
  postmortemId: string,
  eventId: string,
  input: unknown,
): Promise<UpdateEventResult> {
  const actor = await requireActor();
  if (badIds(postmortemId, eventId)) return notFound;
  const parsed = updateEventSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const result = await updateEvent(actor, postmortemId, eventId, parsed.data);
    return { status: "success", ...result };
  } catch (error) {
    if (error instanceof EventConflictError)
      return { status: "conflict", formError: error.message, theirs: error.theirs };
    return failure(error);
  }
}

export async function deleteEventAction(postmortemId: string, eventId: string): Promise<DeleteEventResult> {
  const actor = await requireActor();
  if (badIds(postmortemId, eventId)) return notFound;
  try {
    const result = await deleteEvent(actor, postmortemId, eventId);
    return { status: "success", ...result };
  } catch (error) {
    return failure(error);
  }
}

export async function restoreEventAction(postmortemId: string, eventId: string): Promise<EventResult> {
  const actor = await requireActor();
  if (badIds(postmortemId, eventId)) return notFound;
  try {
    const result = await restoreEvent(actor, postmortemId, eventId);
    return { status: "success", ...result };
  } catch (error) {
    return failure(error);
  }
}

export async function setEventFlagsAction(
  postmortemId: string,
  eventId: string,
  input: unknown,
): Promise<{ status: "success"; event: TimelineEventView } | Failure> {
  const actor = await requireActor();
  if (badIds(postmortemId, eventId)) return notFound;
  const parsed = eventFlagsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const event = await setEventFlags(actor, postmortemId, eventId, parsed.data);
    return { status: "success", event };
  } catch (error) {
    return failure(error);
  }
}

export async function setMilestoneAction(postmortemId: string, input: unknown): Promise<MilestoneResult> {
  const actor = await requireActor();
  if (badIds(postmortemId)) return notFound;
  const parsed = setMilestoneSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    const result = await setMilestone(actor, postmortemId, parsed.data);
    return { status: "success", ...result };
  } catch (error) {
    return failure(error);
  }
}
