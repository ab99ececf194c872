"use server";
import "server-only";
import { statusLabels } from "@/lib/schemas/postmortems";
import { changeStatusSchema, restoreRevisionSchema } from "@/lib/schemas/workflow";
import { defineFormAction } from "@/server/action";
import { changeStatus, restoreRevision } from "@/server/postmortems/workflow/mutations";

const postmortem = { ids: ["postmortemId"], notFound: "Postmortem not found" } as const;

const revalidate = ({ ids }: { ids: { postmortemId: string } }) => [
  `/postmortems/${ids.postmortemId}`,
  `/postmortems/${ids.postmortemId}/history`,
  "/postmortems",
];

/** Bind the postmortem id: `changeStatusAction.bind(null, id)`. */
export const changeStatusAction = defineFormAction({
  ...postmortem,
  input: changeStatusSchema,
  idempotent: true,
  run: async ({ actor, ids, input, idempotencyKey }) => {
    const result = await changeStatus(actor, ids.postmortemId, input, idempotencyKey);
    return { message: `Status is now ${statusLabels[result.status]}.` };
  },
  revalidate,
});

/** Bind the postmortem id: `restoreRevisionAction.bind(null, id)`. */
export const restoreRevisionAction = defineFormAction({
  ...postmortem,
  input: restoreRevisionSchema,
  idempotent: true,
  run: async ({ actor, ids, input, idempotencyKey }) => {
    const result = await restoreRevision(actor, ids.postmortemId, input.revisionNumber, idempotencyKey);
    return {
      message: `Restored revision ${input.revisionNumber} as revision ${result.revisionNumber}.`,
    };
  },
  revalidate,
});
