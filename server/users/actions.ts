"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormResult } from "@/lib/form";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { setUserActive } from "./mutations";

export async function setUserActiveAction(userId: string, active: boolean): Promise<FormResult> {
  const actor = await requireActor();
  try {
    await setUserActive(actor, z.string().min(1).max(64).parse(userId), z.boolean().parse(active));
    revalidatePath("/admin");
    return {
      status: "success",
      message: active ? "User reactivated." : "User deactivated; their sessions have ended.",
    };
  } catch (error) {
    return errorResult(error, {});
  }
}
