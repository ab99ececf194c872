import { describe, expect, it } from "vitest";
import { checkDocument, dismissalKey, personNames } from "./document";

describe("checking a whole postmortem", () => {
  const doc = {
    title: "Checkout outage",
    summary: "The root cause was human error.",
    impactNotes: "",
    sections: [
      { key: "timeline", title: "Timeline", body: "The deploy failed to start at 14:05." },
      { key: "five-whys", title: "Five whys", body: "Priya should have checked the target environment." },
    ],
  };

  it("tags each flag with its location and an excerpt", () => {
    const flags = checkDocument(doc, personNames(["Priya Raman"]));
    expect(flags.map((f) => [f.location, f.ruleId])).toEqual([
      ["field:summary", "human-error"],
      ["section:five-whys", "should-have"],
    ]);
    expect(flags[1]!.locationLabel).toBe("Five whys");
    expect(flags[1]!.context).toContain("should have checked");
  });

  it("finds nothing in a clean document", () => {
    expect(checkDocument({ ...doc, summary: "", sections: [doc.sections[0]!] })).toEqual([]);
  });

  it("derives first names and keys dismissals case-insensitively", () => {
    expect(personNames(["Priya Raman", "al", "x@y.z", "  "])).toEqual(["Priya Raman", "Priya", "al"]);
    expect(dismissalKey({ location: "section:a", ruleId: "should-have", match: "Should Have" })).toBe(
      dismissalKey({ location: "section:a", ruleId: "should-have", phrase: "should have" }),
    );
  });
});
