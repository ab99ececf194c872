// Canonical incident milestones and the durations derived from them.

export const milestoneKeys = [
  "startedAt",
  "detectedAt",
  "acknowledgedAt",
  "mitigatedAt",
  "resolvedAt",
] as const;
export type MilestoneKey = (typeof milestoneKeys)[number];
export type Milestones = Partial<Record<MilestoneKey, Date | null>>;

export const milestoneLabels: Record<MilestoneKey, string> = {
  startedAt: "Started",
  detectedAt: "Detected",
  acknowledgedAt: "Acknowledged",
  mitigatedAt: "Mitigated",
  resolvedAt: "Resolved",
};

export type MilestoneIssue = { field: MilestoneKey; message: string };

/**
 * "Started" must be the earliest milestone, and each later milestone may not
 * precede an earlier one that is set. Returns one issue per offending field.
 */
export function checkMilestoneOrder(m: Milestones): MilestoneIssue[] {
  const issues: MilestoneIssue[] = [];
  let previous: { key: MilestoneKey; at: Date } | null = null;
  for (const key of milestoneKeys) {
    const at = m[key];
    if (!at) continue;
    if (previous && at.getTime() < previous.at.getTime()) {
      issues.push({
        field: key,
        message: `${milestoneLabels[key]} cannot be before ${milestoneLabels[previous.key].toLowerCase()}.`,
      });
      continue;
    }
    previous = { key, at };
  }
  return issues;
}

export type DerivedDuration = { key: string; label: string; definition: string; ms: number | null };

/** Time to detect / acknowledge / mitigate / resolve, each from "started". */
export function deriveDurations(m: Milestones): DerivedDuration[] {
  const from = m.startedAt;
  const span = (to: Date | null | undefined) => (from && to ? to.getTime() - from.getTime() : null);
  return [
    { key: "ttd", label: "Time to detect", definition: "detected − started", ms: span(m.detectedAt) },
    {
      key: "tta",
      label: "Time to acknowledge",
      definition: "acknowledged − started",
      ms: span(m.acknowledgedAt),
    },
    { key: "ttm", label: "Time to mitigate", definition: "mitigated − started", ms: span(m.mitigatedAt) },
    { key: "ttr", label: "Time to resolve", definition: "resolved − started", ms: span(m.resolvedAt) },
  ];
}
