import { describe, expect, it } from "vitest";
import {
  builtInTemplateKeys,
  builtInTemplates,
  getBuiltInTemplate,
  isBuiltInTemplateKey,
  templateSectionRows,
} from "./templates";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// Phrases the blameless-language guides ask writers to avoid; the prompts we
// ship must not model them.
const BLAMEFUL = /human error|operator error|should have|failed to|careless|who (caused|broke)/i;

function keysOf(key: string): string[] {
  return (getBuiltInTemplate(key)?.sections ?? []).map((s) => s.key);
}

describe("built-in templates", () => {
  it("lists every key exactly once, in the same order as the templates", () => {
    expect(builtInTemplates.map((t) => t.key)).toEqual([...builtInTemplateKeys]);
    expect(new Set(builtInTemplateKeys).size).toBe(builtInTemplateKeys.length);
  });

  it.each(builtInTemplates.map((t) => [t.key, t] as const))("%s is well formed", (_key, template) => {
    expect(template.name.trim()).not.toBe("");
    expect(template.description.trim()).not.toBe("");
    expect(template.sections.length).toBeGreaterThan(0);

    const keys = template.sections.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);

    for (const section of template.sections) {
      expect(section.key).toMatch(KEBAB);
      expect(section.title.trim()).not.toBe("");
      expect(section.helpText.trim()).not.toBe("");
      for (const q of section.guidingQuestions) {
        expect(q.trim()).not.toBe("");
      }
    }
  });

  it("gives every section of the structured templates 2-4 guiding questions", () => {
    for (const template of builtInTemplates.filter((t) => t.key !== "blank")) {
      for (const section of template.sections) {
        expect(section.guidingQuestions.length, `${template.key}/${section.key}`).toBeGreaterThanOrEqual(2);
        expect(section.guidingQuestions.length, `${template.key}/${section.key}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it("writes help text and questions in blameless language", () => {
    for (const template of builtInTemplates) {
      for (const section of template.sections) {
        for (const text of [section.helpText, ...section.guidingQuestions]) {
          expect(text, `${template.key}/${section.key}`).not.toMatch(BLAMEFUL);
        }
      }
    }
  });

  it("follows the Amazon COE structure", () => {
    expect(keysOf("amazon-coe")).toEqual([
      "summary",
      "impact",
      "timeline",
      "metrics",
      "incident-questions",
      "five-whys",
      "lessons-learned",
      "things-done-well",
      "corrective-actions",
      "related-items",
    ]);
    const fiveWhys = getBuiltInTemplate("amazon-coe")?.sections.find((s) => s.key === "five-whys");
    expect(fiveWhys?.guidingQuestions.join(" ")).toMatch(/several chains/i);
  });

  it("follows the Google SRE structure", () => {
    expect(keysOf("google-sre")).toEqual(
      expect.arrayContaining([
        "summary",
        "impact",
        "root-causes",
        "trigger",
        "resolution",
        "detection",
        "action-items",
        "lessons-learned",
        "timeline",
        "supporting-information",
      ]),
    );
    const lessons = getBuiltInTemplate("google-sre")?.sections.find((s) => s.key === "lessons-learned");
    expect(lessons?.guidingQuestions).toContain("Where did we get lucky?");
  });

  it("follows the PagerDuty structure", () => {
    expect(keysOf("pagerduty")).toEqual(
      expect.arrayContaining([
        "overview",
        "what-happened",
        "contributing-factors",
        "resolution",
        "impact",
        "responders",
        "timeline",
        "how-did-we-do",
        "action-items",
        "messaging",
      ]),
    );
  });

  it("asks about automated actors and their permissions", () => {
    const coeText = JSON.stringify(getBuiltInTemplate("amazon-coe"));
    expect(coeText).toMatch(/AI agents?/);
    expect(coeText).toMatch(/permissions/);
  });

  it("has a blank template with a single Notes section", () => {
    const blank = getBuiltInTemplate("blank");
    expect(blank?.sections).toHaveLength(1);
    expect(blank?.sections[0]).toMatchObject({ key: "notes", title: "Notes" });
  });

  it("looks templates up by key", () => {
    expect(getBuiltInTemplate("google-sre")?.name).toMatch(/Google/);
    expect(getBuiltInTemplate("nope")).toBeUndefined();
    expect(getBuiltInTemplate("")).toBeUndefined();
    expect(isBuiltInTemplateKey("pagerduty")).toBe(true);
    expect(isBuiltInTemplateKey("constructor")).toBe(false);
  });
});

describe("templateSectionRows", () => {
  it("lays a template's sections out in order, with their prompts", () => {
    const sre = getBuiltInTemplate("google-sre")!;
    const rows = templateSectionRows(sre.sections);
    expect(rows.map((r) => r.position)).toEqual(sre.sections.map((_, i) => i));
    expect(rows[0]).toEqual({ position: 0, ...sre.sections[0] });
    expect(templateSectionRows([])).toEqual([]);
  });
});
