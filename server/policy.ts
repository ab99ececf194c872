import "server-only";
// Pure permission rules. Unknown roles are denied. Unit-tested in policy.test.ts.
import type { PostmortemStatus, TeamRole } from "@/lib/generated/prisma/enums";

const rank: Record<TeamRole, number> = { VIEWER: 1, WRITER: 2, REVIEWER: 3, MANAGER: 4, ADMIN: 5 };

export const teamRoles = [
  "VIEWER",
  "WRITER",
  "REVIEWER",
  "MANAGER",
  "ADMIN",
] as const satisfies readonly TeamRole[];

function atLeast(role: TeamRole | null | undefined, minimum: TeamRole): boolean {
  if (!role || !(role in rank)) return false;
  return rank[role] >= rank[minimum];
}

/** Read the team's postmortems and action items. */
export const canView = (role: TeamRole | null | undefined) => atLeast(role, "VIEWER");
/** Create postmortems and edit drafts. */
export const canWrite = (role: TeamRole | null | undefined) => atLeast(role, "WRITER");
/** Comment, approve or request changes. */
export const canReview = (role: TeamRole | null | undefined) => atLeast(role, "REVIEWER");
/** Invite members, change roles, manage templates and action items. */
export const canManageTeam = (role: TeamRole | null | undefined) => atLeast(role, "MANAGER");

/**
 * May `actorRole` give `targetRole` to someone (or change/remove someone who
 * has `currentRole`)? Managers handle roles up to manager; only team admins
 * (or site admins) grant or take away admin.
 */
export function canAssignRole(
  actorRole: TeamRole | null | undefined,
  targetRole: TeamRole,
  currentRole?: TeamRole,
  isSiteAdmin = false,
): boolean {
  if (isSiteAdmin) return true;
  if (!canManageTeam(actorRole)) return false;
  if (actorRole === "ADMIN") return true;
  return targetRole !== "ADMIN" && currentRole !== "ADMIN";
}

/** Statuses whose content can be edited; approved and published ones are read-only. */
export const editableStatuses: readonly PostmortemStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"];

export function isEditableStatus(status: PostmortemStatus): boolean {
  return editableStatuses.includes(status);
}

/** May someone with `role` in the owning team change a postmortem's content in `status`? */
export const canEditPostmortem = (role: TeamRole | null | undefined, status: PostmortemStatus) =>
  canWrite(role) && isEditableStatus(status);
