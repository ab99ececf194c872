"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import type { FormResult } from "@/lib/form";
import { undoImportSchema } from "@/lib/schemas/imports";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { undoImport } from "./mutations";

/** "Undo this import": removes every event of the batch at once. */
export async function undoImportAction(postmortemId: string, batchId: string): Promise<FormResult> {
  const actor = await requireActor();
  const parsed = undoImportSchema.safeParse({ postmortemId, batchId });
  if (!parsed.success) return { status: "error", formError: "That import does not exist." };
  try {
    const { eventsRemoved } = await undoImport(actor, parsed.data.postmortemId, parsed.data.batchId);
    revalidatePath(`/postmortems/${postmortemId}/timeline`, "layout");
    return {
      status: "success",
      message: `Import undone: ${eventsRemoved.toLocaleString("en-US")} event${eventsRemoved === 1 ? "" : "s"} removed from the timeline.`,
    };
  } catch (error) {
    return errorResult(error, {});
  }
}
