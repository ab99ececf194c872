import { Pill } from "@/components/ui/badges";
import { guardrailStateLabels } from "@/lib/schemas/guardrails";
import type { GuardrailState } from "@/lib/timeline/types";

const tones = { WORKED: "emerald", BYPASSED: "red", INSTRUCTION_ONLY: "amber", ABSENT: "red" } as const;

export function GuardrailStateBadge({ state }: { state: GuardrailState }) {
  return <Pill tone={tones[state]}>{guardrailStateLabels[state]}</Pill>;
}
