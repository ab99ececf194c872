import { z } from "zod";
import { text } from "./text";

export const templateSectionInputSchema = z.object({
  title: text().trim().min(1, "Give every section a title.").max(120, "Use at most 120 characters."),
  helpText: text().trim().max(1000, "Use at most 1,000 characters."),
  /** One question per line. */
  guidingQuestions: text().max(4000),
});

export const templateInputSchema = z.object({
  name: text().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
  description: text().trim().max(500, "Use at most 500 characters."),
  isDefault: z
    .enum(["on", "off"])
    .optional()
    .transform((v) => v === "on"),
  version: z.coerce.number().int().min(0).optional(),
  /** The section list, sent by the form as JSON. */
  sections: text()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "The sections could not be read." });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .array(templateSectionInputSchema)
        .min(1, "Add at least one section.")
        .max(40, "Use at most 40 sections."),
    ),
});

export type TemplateInput = z.output<typeof templateInputSchema>;

/** "Five whys" → "five-whys"; unique within the template. */
export function sectionKeys(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base =
      title
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60) || "section";
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  });
}
