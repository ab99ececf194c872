"use server";
import "server-only";
import {
  eventFieldsSchema,
  eventFlagsSchema,
  setMilestoneSchema,
  updateEventSchema,
} from "@/lib/schemas/timeline";
import { defineAction } from "@/server/action";
import {
  createEvent,
  deleteEvent,
  EventConflictError,
  restoreEvent,
  setEventFlags,
  setMilestone,
  updateEvent,
} from "./mutations";

// No revalidate here on purpose: in a Server Action it re-renders the current
// page, i.e. the whole timeline (2,000 events) after every Enter. The tab
// updates its state from each result instead, and every postmortem view is
// dynamic (it reads the session), so other views read fresh data anyway.

const event = { ids: ["postmortemId", "eventId"], notFound: "Not found" } as const;

/** `input` is the event's fields plus the attempt's `idempotencyKey`. */
export const createEventAction = defineAction({
  ids: ["postmortemId"],
  notFound: "Not found",
  input: eventFieldsSchema,
  idempotent: true,
  run: ({ actor, ids, input, idempotencyKey }) => createEvent(actor, ids.postmortemId, input, idempotencyKey),
});

export const updateEventAction = defineAction({
  ...event,
  input: updateEventSchema,
  unwrap: "fields",
  run: ({ actor, ids, input }) => updateEvent(actor, ids.postmortemId, ids.eventId, input),
  conflict: (error) =>
    error instanceof EventConflictError ? { message: error.message, theirs: error.theirs } : undefined,
});

export const deleteEventAction = defineAction({
  ...event,
  run: ({ actor, ids }) => deleteEvent(actor, ids.postmortemId, ids.eventId),
});

export const restoreEventAction = defineAction({
  ...event,
  run: ({ actor, ids }) => restoreEvent(actor, ids.postmortemId, ids.eventId),
});

export const setEventFlagsAction = defineAction({
  ...event,
  input: eventFlagsSchema,
  run: async ({ actor, ids, input }) => ({
    event: await setEventFlags(actor, ids.postmortemId, ids.eventId, input),
  }),
});

export const setMilestoneAction = defineAction({
  ids: ["postmortemId"],
  notFound: "Not found",
  input: setMilestoneSchema,
  run: ({ actor, ids, input }) => setMilestone(actor, ids.postmortemId, input),
});
