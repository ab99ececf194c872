"use server";
import "server-only";
import { defineAction } from "@/server/action";
import { undoImport } from "./mutations";

/** "Undo this import": removes every event of the batch at once. */
export const undoImportAction = defineAction({
  ids: ["postmortemId", "batchId"],
  notFound: "That import does not exist.",
  run: async ({ actor, ids }) => {
    const { eventsRemoved } = await undoImport(actor, ids.postmortemId, ids.batchId);
    return {
      message: `Import undone: ${eventsRemoved.toLocaleString("en-US")} event${eventsRemoved === 1 ? "" : "s"} removed from the timeline.`,
    };
  },
  revalidate: ({ ids }) => ({ layout: `/postmortems/${ids.postmortemId}/timeline` }),
});
