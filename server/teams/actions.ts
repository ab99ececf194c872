"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicUrl } from "@/lib/env";
import { formValues, validationFailed, type FormResult } from "@/lib/form";
import { readIdempotencyKey } from "@/lib/idempotency";
import { changeRoleSchema, createInviteSchema, createTeamSchema } from "@/lib/schemas/teams";
import { errorResult } from "@/server/action-result";
import { requireActor } from "@/server/auth/session";
import { setTeamCookie } from "./current";
import {
  acceptInvite,
  changeMemberRole,
  createInvite,
  createTeam,
  removeMember,
  revokeInvite,
} from "./mutations";

const idSchema = z.string().min(1).max(64);

export async function switchTeamAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const slug = z.string().max(64).safeParse(formData.get("team"));
  const membership = slug.success ? actor.memberships.find((m) => m.slug === slug.data) : undefined;
  if (membership) await setTeamCookie(membership.slug);
  redirect("/postmortems");
}

export async function createTeamAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = createTeamSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  const key = readIdempotencyKey(formData);
  if (!key.ok) return { status: "error", formError: key.message, values };
  try {
    const team = await createTeam(actor, parsed.data, key.key);
    revalidatePath("/admin");
    return { status: "success", message: `Team ${team.name} created. You are its admin.` };
  } catch (error) {
    return errorResult(error, values);
  }
}

export async function createInviteAction(
  teamId: string,
  _prev: FormResult,
  formData: FormData,
): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = createInviteSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  const key = readIdempotencyKey(formData);
  if (!key.ok) return { status: "error", formError: key.message, values };
  try {
    const invite = await createInvite(actor, idSchema.parse(teamId), parsed.data, key.key);
    revalidatePath("/settings/team");
    return {
      status: "success",
      message: `Invite for ${invite.email} created.`,
      values: {
        inviteUrl: new URL(`/invite/${invite.token}`, publicUrl).toString(),
        email: "",
        role: parsed.data.role,
      },
    };
  } catch (error) {
    return errorResult(error, values);
  }
}

export async function revokeInviteAction(teamId: string, inviteId: string): Promise<FormResult> {
  const actor = await requireActor();
  try {
    await revokeInvite(actor, idSchema.parse(teamId), idSchema.parse(inviteId));
    revalidatePath("/settings/team");
    return { status: "success", message: "Invite revoked." };
  } catch (error) {
    return errorResult(error, {});
  }
}

export async function changeRoleAction(
  teamId: string,
  _prev: FormResult,
  formData: FormData,
): Promise<FormResult> {
  const actor = await requireActor();
  const values = formValues(formData);
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return validationFailed(parsed.error, values);
  try {
    await changeMemberRole(actor, idSchema.parse(teamId), parsed.data.membershipId, parsed.data.role);
    revalidatePath("/settings/team");
    return { status: "success", message: "Role updated.", values };
  } catch (error) {
    return errorResult(error, values);
  }
}

export async function removeMemberAction(teamId: string, membershipId: string): Promise<FormResult> {
  const actor = await requireActor();
  try {
    await removeMember(actor, idSchema.parse(teamId), idSchema.parse(membershipId));
    revalidatePath("/settings/team");
    return { status: "success", message: "Member removed." };
  } catch (error) {
    return errorResult(error, {});
  }
}

export async function acceptInviteAction(token: string): Promise<FormResult> {
  const actor = await requireActor();
  let slug: string;
  try {
    const team = await acceptInvite(actor, z.string().min(10).max(200).parse(token));
    slug = team.slug;
  } catch (error) {
    return errorResult(error, {});
  }
  await setTeamCookie(slug);
  redirect("/postmortems");
}
