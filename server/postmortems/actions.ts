"use server";
import "server-only";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { defineFormAction } from "@/server/action";
import { createPostmortem } from "@/server/postmortems/mutations";

export const createPostmortemAction = defineFormAction({
  ids: ["teamId"],
  input: createPostmortemSchema,
  idempotent: true,
  run: async ({ actor, ids, input, idempotencyKey }) => {
    const created = await createPostmortem(actor, ids.teamId, input, idempotencyKey);
    return { id: created.id };
  },
  redirect: (_context, created) => `/postmortems/${created.id}`,
});
