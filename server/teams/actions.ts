"use server";
import "server-only";
import { z } from "zod";
import { publicUrl } from "@/lib/env";
import { changeRoleSchema, createInviteSchema, createTeamSchema } from "@/lib/schemas/teams";
import { defineAction, defineFormAction } from "@/server/action";
import { setTeamCookie } from "./current";
import {
  acceptInvite,
  changeMemberRole,
  createInvite,
  createTeam,
  removeMember,
  revokeInvite,
} from "./mutations";

const teamSettings = "/settings/team";

/** The team switcher's form: a preference cookie for one of the actor's teams, never trusted for access. */
export const switchTeamAction = defineAction({
  input: z.object({ team: z.string().max(64) }),
  run: async ({ actor, input }) => {
    const membership = actor.memberships.find((m) => m.slug === input.team);
    if (membership) await setTeamCookie(membership.slug);
    return {};
  },
  redirect: () => "/postmortems",
});

export const createTeamAction = defineFormAction({
  input: createTeamSchema,
  idempotent: true,
  run: async ({ actor, input, idempotencyKey }) => {
    const team = await createTeam(actor, input, idempotencyKey);
    return { message: `Team ${team.name} created. You are its admin.` };
  },
  revalidate: () => "/admin",
});

export const createInviteAction = defineFormAction({
  ids: ["teamId"],
  input: createInviteSchema,
  idempotent: true,
  run: async ({ actor, ids, input, idempotencyKey }) => {
    const invite = await createInvite(actor, ids.teamId, input, idempotencyKey);
    return {
      message: `Invite for ${invite.email} created.`,
      values: {
        inviteUrl: new URL(`/invite/${invite.token}`, publicUrl).toString(),
        email: "",
        role: input.role,
      },
    };
  },
  revalidate: () => teamSettings,
});

export const revokeInviteAction = defineAction({
  ids: ["teamId", "inviteId"],
  run: async ({ actor, ids }) => {
    await revokeInvite(actor, ids.teamId, ids.inviteId);
    return { message: "Invite revoked." };
  },
  revalidate: () => teamSettings,
});

export const changeRoleAction = defineFormAction({
  ids: ["teamId"],
  input: changeRoleSchema,
  run: async ({ actor, ids, input }) => {
    await changeMemberRole(actor, ids.teamId, input.membershipId, input.role);
    return { message: "Role updated.", values: { membershipId: input.membershipId, role: input.role } };
  },
  revalidate: () => teamSettings,
});

export const removeMemberAction = defineAction({
  ids: ["teamId", "membershipId"],
  run: async ({ actor, ids }) => {
    await removeMember(actor, ids.teamId, ids.membershipId);
    return { message: "Member removed." };
  },
  revalidate: () => teamSettings,
});

export const acceptInviteAction = defineAction({
  ids: ["token"],
  notFound: "This invite is not valid.",
  run: async ({ actor, ids }) => {
    const team = await acceptInvite(actor, ids.token);
    await setTeamCookie(team.slug);
    return {};
  },
  redirect: () => "/postmortems",
});
