"use server";
import "server-only";
import {
  addSectionSchema,
  moveSectionSchema,
  removeSectionSchema,
  saveHeaderSchema,
  saveSectionSchema,
} from "@/lib/schemas/editing";
import { defineAction } from "@/server/action";
import {
  addSection,
  heartbeat,
  HeaderConflictError,
  moveSection,
  removeSection,
  saveHeader,
  saveSection,
  SectionConflictError,
} from "@/server/postmortems/editing/mutations";

const section = { ids: ["postmortemId", "sectionId"], notFound: "Section not found" } as const;
const postmortem = { ids: ["postmortemId"], notFound: "Postmortem not found" } as const;
const revalidate = ({ ids }: { ids: { postmortemId: string } }) => `/postmortems/${ids.postmortemId}`;

// The editor's autosave retries an unexpected error by itself; every other failure waits for the user.

export const saveSectionAction = defineAction({
  ...section,
  input: saveSectionSchema,
  run: async ({ actor, ids, input }) => {
    const saved = await saveSection(actor, ids.postmortemId, ids.sectionId, input);
    return { version: saved.version, savedAt: saved.savedAt.toISOString() };
  },
  conflict: (error) =>
    error instanceof SectionConflictError ? { message: error.message, theirs: error.theirs } : undefined,
});

export const saveHeaderAction = defineAction({
  ...postmortem,
  input: saveHeaderSchema,
  unwrap: "changes",
  run: async ({ actor, ids, input }) => {
    const saved = await saveHeader(actor, ids.postmortemId, input);
    return { version: saved.version, values: saved.values, savedAt: new Date().toISOString() };
  },
  conflict: (error) =>
    error instanceof HeaderConflictError
      ? { message: error.message, theirs: { conflicts: error.conflicts, values: error.current } }
      : undefined,
});

export const addSectionAction = defineAction({
  ...postmortem,
  input: addSectionSchema,
  idempotent: true,
  run: async ({ actor, ids, input, idempotencyKey }) => ({
    section: await addSection(actor, ids.postmortemId, input, idempotencyKey),
  }),
  revalidate,
});

export const removeSectionAction = defineAction({
  ...section,
  input: removeSectionSchema,
  run: async ({ actor, ids, input }) => {
    await removeSection(actor, ids.postmortemId, ids.sectionId, input.baseVersion);
    return {};
  },
  revalidate,
});

/** `direction`: "up" or "down". */
export const moveSectionAction = defineAction({
  ...section,
  input: moveSectionSchema,
  run: async ({ actor, ids, input }) => {
    await moveSection(actor, ids.postmortemId, ids.sectionId, input);
    return {};
  },
  revalidate,
});

export const heartbeatAction = defineAction({
  ...postmortem,
  run: async ({ actor, ids }) => ({ others: await heartbeat(actor, ids.postmortemId) }),
});
