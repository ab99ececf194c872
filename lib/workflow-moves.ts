// How the status bar shows each workflow move: its button text and tone. Who
// may make which move is decided in server/postmortems/workflow/policy.ts,
// which holds no UI text.
import type { PostmortemStatus } from "@/lib/generated/prisma/enums";

export type MoveTone = "primary" | "secondary" | "danger";

const moves: Partial<Record<`${PostmortemStatus}>${PostmortemStatus}`, { label: string; tone: MoveTone }>> = {
  "DRAFT>IN_REVIEW": { label: "Submit for review", tone: "primary" },
  "DRAFT>NOT_REQUIRED": { label: "Mark not required", tone: "secondary" },
  "IN_REVIEW>APPROVED": { label: "Approve", tone: "primary" },
  "IN_REVIEW>CHANGES_REQUESTED": { label: "Request changes", tone: "secondary" },
  "IN_REVIEW>DRAFT": { label: "Back to draft", tone: "secondary" },
  "CHANGES_REQUESTED>IN_REVIEW": { label: "Submit for review", tone: "primary" },
  "CHANGES_REQUESTED>DRAFT": { label: "Back to draft", tone: "secondary" },
  "APPROVED>PUBLISHED": { label: "Publish", tone: "primary" },
  "APPROVED>DRAFT": { label: "Back to draft", tone: "secondary" },
  "PUBLISHED>DRAFT": { label: "Reopen for correction", tone: "danger" },
  "NOT_REQUIRED>DRAFT": { label: "Back to draft", tone: "secondary" },
};

/** The button for moving a postmortem from `from` to `to`. */
export function moveButton(from: PostmortemStatus, to: PostmortemStatus): { label: string; tone: MoveTone } {
  return (
    moves[`${from}>${to}`] ?? { label: `Move to ${to.toLowerCase().replace("_", " ")}`, tone: "secondary" }
  );
}
