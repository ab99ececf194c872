import { describe, expect, it } from "vitest";
import { sectionKeys, templateInputSchema } from "./templates";

describe("team template input", () => {
  it("parses the section list and derives unique keys", () => {
    const r = templateInputSchema.parse({
      name: "Security incident",
      description: "",
      isDefault: "on",
      sections: JSON.stringify([
        { title: "Summary", helpText: "", guidingQuestions: "What happened?\nWho was affected?" },
        { title: "Summary", helpText: "again", guidingQuestions: "" },
      ]),
    });
    expect(r.isDefault).toBe(true);
    expect(sectionKeys(r.sections.map((s) => s.title))).toEqual(["summary", "summary-2"]);
    expect(sectionKeys(["Five whys!", "¿Qué pasó?", "***"])).toEqual(["five-whys", "que-paso", "section"]);
  });

  it("reports a missing title per section and an empty list", () => {
    const bad = templateInputSchema.safeParse({
      name: "x",
      description: "",
      sections: JSON.stringify([{ title: " ", helpText: "", guidingQuestions: "" }]),
    });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["name", "sections.0.title"]);
    const empty = templateInputSchema.safeParse({ name: "Fine", description: "", sections: "[]" });
    expect(empty.error?.issues[0]?.message).toBe("Add at least one section.");
    const garbage = templateInputSchema.safeParse({ name: "Fine", description: "", sections: "{nope" });
    expect(garbage.error?.issues[0]?.message).toBe("The sections could not be read.");
  });
});
