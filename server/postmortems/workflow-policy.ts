import "server-only";
// The status workflow: which moves exist and who may make them. Pure; unit-tested
// in workflow-policy.test.ts. Unknown statuses, transitions and roles are denied.
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
  /** Button text. */
  label: string;
  rule: Rule;
  /** Reopening a published postmortem needs a reason (recorded as a correction). */
  requiresReason: boolean;
  tone: "primary" | "secondary" | "danger";
};

const transitions: readonly TransitionSpec[] = [
  {
    from: "DRAFT",
    to: "IN_REVIEW",
    label: "Submit for review",
    rule: "ownerOrWriter",
    requiresReason: false,
    tone: "primary",
  },
  {
    from: "DRAFT",
    to: "NOT_REQUIRED",
    label: "Mark not required",
    rule: "ownerOrManager",
    requiresReason: false,
    tone: "secondary",
  },
  {
    from: "IN_REVIEW",
    to: "APPROVED",
    label: "Approve",
    rule: "reviewerNotAuthor",
    requiresReason: false,
    tone: "primary",
  },
  {
    from: "IN_REVIEW",
    to: "CHANGES_REQUESTED",
    label: "Request changes",
    rule: "reviewerNotAuthor",
    requiresReason: false,
    tone: "secondary",
  },
  {
    from: "IN_REVIEW",
    to: "DRAFT",
    label: "Back to draft",
    rule: "ownerOrManager",
    requiresReason: false,
    tone: "secondary",
  },
  {
    from: "CHANGES_REQUESTED",
    to: "IN_REVIEW",
    label: "Submit for review",
    rule: "ownerOrWriter",
    requiresReason: false,
    tone: "primary",
  },
  {
    from: "CHANGES_REQUESTED",
    to: "DRAFT",
    label: "Back to draft",
    rule: "ownerOrWriter",
    requiresReason: false,
    tone: "secondary",
  },
  {
    from: "APPROVED",
    to: "PUBLISHED",
    label: "Publish",
    rule: "ownerOrManager",
    requiresReason: false,
    tone: "primary",
  },
  {
    from: "APPROVED",
    to: "DRAFT",
    label: "Back to draft",
    rule: "ownerOrManager",
    requiresReason: false,
    tone: "secondary",
  },
  {
    from: "PUBLISHED",
    to: "DRAFT",
    label: "Reopen for correction",
    rule: "ownerOrManager",
    requiresReason: true,
    tone: "danger",
  },
  {
    from: "NOT_REQUIRED",
    to: "DRAFT",
    label: "Back to draft",
    rule: "ownerOrManager",
    requiresReason: false,
    tone: "secondary",
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

/** Plain data for the status bar: one entry per move this actor may make now. */
export type AvailableTransition = {
  to: PostmortemStatus;
  label: string;
  requiresReason: boolean;
  tone: TransitionSpec["tone"];
};

export function availableTransitions(status: string, who: WorkflowActor): AvailableTransition[] {
  return transitions
    .filter((t) => t.from === status && allows(t.rule, who))
    .map(({ to, label, requiresReason, tone }) => ({ to, label, requiresReason, tone }));
}

/** Reopening a published postmortem is a correction (its own revision reason). */
export function isCorrection(from: string, to: string): boolean {
  return from === "PUBLISHED" && to === "DRAFT";
}
