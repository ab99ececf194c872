"use server";
import "server-only";
import { z } from "zod";
import { defineAction } from "@/server/action";
import { setUserActive } from "./mutations";

/** Bind the user and what to set: `setUserActiveAction.bind(null, userId, true)`. */
export const setUserActiveAction = defineAction({
  ids: ["userId"],
  notFound: "User not found",
  input: z.boolean(),
  run: async ({ actor, ids, input: active }) => {
    await setUserActive(actor, ids.userId, active);
    return { message: active ? "User reactivated." : "User deactivated; their sessions have ended." };
  },
  revalidate: () => "/admin",
});
