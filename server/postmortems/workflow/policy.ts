import "server-only";
// The status workflow: which moves exist and who may make them. Pure; unit-tested
// in policy.test.ts. Unknown statuses, transitions and roles are denied.
// No UI text here: the buttons are in lib/workflow-moves.ts.
import type { PostmortemStatus, TeamRole } from "@/lib/generated/prisma/enums";
import { canManageTeam, canReview, canWrite } from "@/server/policy";

/**
 * The actor as the workflow sees them: their role in the postmortem's team,
 * whether they own it, and whether they wrote any of it (authorship.ts).
 */
export type WorkflowActor = { role: TeamRole | null | undefined; isOwner: boolean; isAuthor: boolean };

type Rule = "ownerOrWriter" | "ownerOrManager" | "reviewerNotAuthor";

type TransitionSpec = {
  from: PostmortemStatus;
  to: PostmortemStatus;
  rule: Rule;
  /** Reopening a published postmortem needs a reason (recorded as a correction). */
  requiresReason: boolean;
};

const transitions: readonly TransitionSpec[] = [
  {
    from: "DRAFT",
    to: "IN_REVIEW",
    rule: "ownerOrWriter",
    requiresReason: false,
  },
  {
    from: "DRAFT",
    to: "NOT_REQUIRED",
    rule: "ownerOrManager",
    requiresReason: false,
  },
  {
    from: "IN_REVIEW",
    to: "APPROVED",
    rule: "reviewerNotAuthor",
    requiresReason: false,
  },
  {
    from: "IN_REVIEW",
    to: "CHANGES_REQUESTED",
    rule: "reviewerNotAuthor",
    requiresReason: false,
  },
  {
    from: "IN_REVIEW",
    to: "DRAFT",
    rule: "ownerOrManager",
    requiresReason: false,
  },
  {
    from: "CHANGES_REQUESTED",
    to: "IN_REVIEW",
    rule: "ownerOrWriter",
    requiresReason: false,
  },
  {
    from: "CHANGES_REQUESTED",
    to: "DRAFT",
    rule: "ownerOrWriter",
    requiresReason: false,
  },
  {
    from: "APPROVED",
    to: "PUBLISHED",
    rule: "ownerOrManager",
    requiresReason: false,
  },
  {
    from: "APPROVED",
    to: "DRAFT",
    rule: "ownerOrManager",
    requiresReason: false,
  },
  {
    from: "PUBLISHED",
    to: "DRAFT",
    rule: "ownerOrManager",
    requiresReason: true,
  },
  {
    from: "NOT_REQUIRED",
    to: "DRAFT",
    rule: "ownerOrManager",
    requiresReason: false,
  },
];

function allows(rule: Rule, who: WorkflowActor): boolean {
  // Every move needs at least the writer role in the team: an owner who was
  // demoted to viewer (or left the team) moves nothing.
  if (!canWrite(who.role)) return false;
  switch (rule) {
    case "ownerOrWriter":
      return true;
    case "ownerOrManager":
      return who.isOwner || canManageTeam(who.role);
    case "reviewerNotAuthor":
      // Nobody reviews what they own or wrote, managers included: handing the
      // owner field to someone else does not make your own text reviewable by you.
      return canReview(who.role) && !who.isOwner && !who.isAuthor;
    default:
      return false;
  }
}

function findTransition(from: string, to: string): TransitionSpec | undefined {
  return transitions.find((t) => t.from === from && t.to === to);
}

export type TransitionCheck =
  | { ok: true; requiresReason: boolean }
  | { ok: false; problem: "no-such-transition" | "forbidden" | "reason-required" };

/** May `who` move a postmortem from `from` to `to` (with `reason`, when one is needed)? */
export function checkTransition(
  from: string,
  to: string,
  who: WorkflowActor,
  reason?: string | null,
): TransitionCheck {
  const spec = findTransition(from, to);
  if (!spec) return { ok: false, problem: "no-such-transition" };
  if (!allows(spec.rule, who)) return { ok: false, problem: "forbidden" };
  if (spec.requiresReason && !reason?.trim()) return { ok: false, problem: "reason-required" };
  return { ok: true, requiresReason: spec.requiresReason };
}

export function canTransition(from: string, to: string, who: WorkflowActor): boolean {
  const spec = findTransition(from, to);
  return spec ? allows(spec.rule, who) : false;
}

/** Plain data for the status bar: one entry per move this actor may make now (its button: lib/workflow-moves.ts). */
export type AvailableTransition = { to: PostmortemStatus; requiresReason: boolean };

export function availableTransitions(status: string, who: WorkflowActor): AvailableTransition[] {
  return transitions
    .filter((t) => t.from === status && allows(t.rule, who))
    .map(({ to, requiresReason }) => ({ to, requiresReason }));
}

/** Reopening a published postmortem is a correction (its own revision reason). */
export function isCorrection(from: string, to: string): boolean {
  return from === "PUBLISHED" && to === "DRAFT";
}
