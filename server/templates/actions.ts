"use server";
import "server-only";
import { templateInputSchema } from "@/lib/schemas/templates";
import { defineAction, defineFormAction } from "@/server/action";
import { archiveTemplate, createTemplate, updateTemplate } from "./mutations";

const templates = "/settings/templates";

/** Bind the team: `createTemplateAction.bind(null, teamId)`. */
export const createTemplateAction = defineFormAction({
  ids: ["teamId"],
  input: templateInputSchema,
  idempotent: true,
  run: async ({ actor, ids, input, idempotencyKey }) => {
    await createTemplate(actor, ids.teamId, input, idempotencyKey);
    return {};
  },
  revalidate: () => templates,
  redirect: () => templates,
});

/** Bind the team and template: `updateTemplateAction.bind(null, teamId, templateId)`. */
export const updateTemplateAction = defineFormAction({
  ids: ["teamId", "templateId"],
  notFound: "Template not found",
  input: templateInputSchema,
  run: async ({ actor, ids, input }) => {
    await updateTemplate(actor, ids.teamId, ids.templateId, input);
    return {};
  },
  revalidate: () => templates,
  redirect: () => templates,
});

export const archiveTemplateAction = defineAction({
  ids: ["teamId", "templateId"],
  notFound: "Template not found",
  run: async ({ actor, ids }) => {
    await archiveTemplate(actor, ids.teamId, ids.templateId);
    return { message: "Template archived." };
  },
  revalidate: () => templates,
});
