import { Pill } from "@/components/ui/badges";
import { claimStatusLabels } from "@/lib/schemas/claims";
import type { ClaimStatus } from "@/lib/timeline/types";

const tones = { REFUTED: "red", VERIFIED: "emerald", UNKNOWN: "stone" } as const;

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  return <Pill tone={tones[status]}>{claimStatusLabels[status]}</Pill>;
}
