"use server";
import "server-only";
import { dismissFlagSchema } from "@/lib/schemas/flags";
import { defineAction, defineFormAction } from "@/server/action";
import { dismissFlag, restoreFlag } from "@/server/postmortems/flags/mutations";

const revalidate = ({ ids }: { ids: { postmortemId: string } }) => `/postmortems/${ids.postmortemId}`;

export const dismissFlagAction = defineFormAction({
  ids: ["postmortemId"],
  notFound: "Postmortem not found",
  input: dismissFlagSchema,
  run: async ({ actor, ids, input }) => {
    await dismissFlag(actor, ids.postmortemId, input);
    return { message: "Flag dismissed; reviewers will see your reason." };
  },
  revalidate,
});

export const restoreFlagAction = defineAction({
  ids: ["postmortemId", "dismissalId"],
  notFound: "Flag not found",
  run: async ({ actor, ids }) => {
    await restoreFlag(actor, ids.postmortemId, ids.dismissalId);
    return { message: "Flag restored." };
  },
  revalidate,
});
