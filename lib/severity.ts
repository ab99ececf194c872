// The severity scale: the one place that names and describes severity levels.
// The database enum holds SEV1..SEV5; a site admin chooses how many of them
// are in use (4 or 5) and how each is named (a SiteSetting row, see
// server/settings/severity.ts). Everything that shows or accepts a severity
// (forms, filters, badges, read view, export, insights, seed) goes through here.
import { z } from "zod";

export const severityValues = ["SEV1", "SEV2", "SEV3", "SEV4", "SEV5"] as const;
export type SeverityValue = (typeof severityValues)[number];

export const SEVERITY_SCALE_KEY = "severityScale";
export const MIN_SEVERITY_LEVELS = 4;
export const MAX_SEVERITY_LEVELS = severityValues.length;
export const SEVERITY_LABEL_LIMIT = 40;
export const SEVERITY_DESCRIPTION_LIMIT = 160;

export type SeverityLevel = { value: SeverityValue; label: string; description: string };

/** `count` levels are in use; all five stay named, so a retired level still reads well. */
export type SeverityScale = { count: number; levels: SeverityLevel[] };

/** What a level means where it is shown, including whether the scale still uses it. */
export type SeverityInfo = SeverityLevel & { inScale: boolean };

const defaultLevels: SeverityLevel[] = [
  { value: "SEV1", label: "Critical", description: "all customers affected, or data lost" },
  { value: "SEV2", label: "Major", description: "many customers affected, or a core feature down" },
  { value: "SEV3", label: "Minor", description: "some customers affected, or service degraded" },
  { value: "SEV4", label: "Low", description: "no customer impact" },
  { value: "SEV5", label: "Informational", description: "nothing affected; worth learning from" },
];

/** SEV1–SEV4 unless a site admin changes it. */
export const defaultSeverityScale: SeverityScale = { count: 4, levels: defaultLevels };

const levelSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, "Give the level a name.")
    .max(SEVERITY_LABEL_LIMIT, `Use at most ${SEVERITY_LABEL_LIMIT} characters.`),
  description: z
    .string()
    .trim()
    .max(SEVERITY_DESCRIPTION_LIMIT, `Use at most ${SEVERITY_DESCRIPTION_LIMIT} characters.`),
});

/** The setting as stored and as the admin form submits it (labels for all five levels). */
export const severityScaleSchema = z
  .object({
    count: z.coerce
      .number({ error: "Choose 4 or 5 levels." })
      .int("Choose 4 or 5 levels.")
      .min(MIN_SEVERITY_LEVELS, "Choose 4 or 5 levels.")
      .max(MAX_SEVERITY_LEVELS, "Choose 4 or 5 levels."),
    levels: z.array(levelSchema).length(MAX_SEVERITY_LEVELS),
  })
  .superRefine((v, ctx) => {
    const seen = new Map<string, number>();
    v.levels.slice(0, v.count).forEach((level, index) => {
      const key = level.label.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["levels", index, "label"],
          message: `${severityValues[seen.get(key)!]} already has this name.`,
        });
      else seen.set(key, index);
    });
  })
  .transform((v): SeverityScale => ({
    count: v.count,
    levels: v.levels.map((level, index) => ({ ...level, value: severityValues[index]! })),
  }));
export type SeverityScaleInput = z.input<typeof severityScaleSchema>;

/** The stored JSON, or the default when there is none or it no longer parses. */
export function parseSeverityScale(stored: unknown): SeverityScale {
  if (stored == null) return defaultSeverityScale;
  const parsed = severityScaleSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultSeverityScale;
}

/** The JSON kept in SiteSetting (values are implied by position). */
export const storedSeverityScale = (scale: SeverityScale) => ({
  count: scale.count,
  levels: scale.levels.map(({ label, description }) => ({ label, description })),
});

/** The admin form's fields (count, label-SEV1, description-SEV1, …) as the schema's input. */
export function severityScaleFromForm(values: Record<string, string>): SeverityScaleInput {
  return {
    count: values.count ?? "",
    levels: severityValues.map((value) => ({
      label: values[`label-${value}`] ?? "",
      description: values[`description-${value}`] ?? "",
    })),
  };
}

export const levelsInUse = (scale: SeverityScale) => scale.levels.slice(0, scale.count);

export const isInScale = (scale: SeverityScale, value: string) =>
  levelsInUse(scale).some((level) => level.value === value);

/** "SEV1–SEV4". */
export const severityRange = (scale: SeverityScale) => `SEV1–${severityValues[scale.count - 1]}`;

export function describeSeverity(scale: SeverityScale, value: string): SeverityInfo {
  const index = severityValues.indexOf(value as SeverityValue);
  const level = scale.levels[index];
  if (!level) return { value: value as SeverityValue, label: value, description: "", inScale: false };
  return { ...level, inScale: index < scale.count };
}

/** "SEV2 — Major: many customers affected, or a core feature down". */
export const severityOptionLabel = (level: SeverityLevel) =>
  `${level.value} — ${level.label}${level.description ? `: ${level.description}` : ""}`;

/** Options for a select: the levels in use, plus `current` when a reduced scale left it out. */
export function severityOptions(scale: SeverityScale, current?: string) {
  const options = levelsInUse(scale).map((level) => ({
    value: level.value,
    label: severityOptionLabel(level),
  }));
  if (current && !isInScale(scale, current)) {
    const info = describeSeverity(scale, current);
    options.push({ value: info.value, label: `${severityOptionLabel(info)} (no longer on the scale)` });
  }
  return options;
}

/** The default choice for a new postmortem: SEV3 when in use, else the middle level. */
export const defaultSeverity = (scale: SeverityScale): SeverityValue =>
  isInScale(scale, "SEV3") ? "SEV3" : severityValues[Math.floor(scale.count / 2)]!;

/** The sentence shown beside a postmortem whose level the scale no longer uses. */
export const outOfScaleNote = (scale: SeverityScale, info: SeverityInfo) =>
  `${info.value} is no longer on this organisation's severity scale (${severityRange(scale)}). ` +
  `It was set before the scale changed and is kept as it was; a writer can choose a current level.`;
