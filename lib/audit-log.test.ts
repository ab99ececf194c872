import { describe, expect, it } from "vitest";
import { describeAction, entityLabel, summariseChange } from "./audit-log";

describe("describeAction", () => {
  it.each([
    ["section.updated", "edited"],
    ["postmortem.header_updated", "edited the header of"],
    ["postmortem.owner_changed", "changed the owner of"],
    ["denied.view", "was refused: view"],
    ["denied.change_status", "was refused: change status"],
    ["something.new_thing", "new thing"],
  ])("%s → %s", (action, words) => {
    expect(describeAction(action)).toBe(words);
  });
});

describe("entityLabel", () => {
  it("reads kinds of thing as words", () => {
    expect(entityLabel("TimelineEvent")).toBe("timeline event");
    expect(entityLabel("Postmortem")).toBe("postmortem");
    expect(entityLabel("BlamelessFlagDismissal")).toBe("flag dismissal");
  });
});

describe("summariseChange", () => {
  it("lists changed fields with short values, long text by its length", () => {
    const body = "x".repeat(500);
    expect(
      summariseChange(
        { title: "Old", body: "short", version: 1, same: "s" },
        { title: "New", body, version: 2, same: "s" },
      ),
    ).toEqual({
      lines: [
        { field: "title", before: "“Old”", after: "“New”" },
        { field: "body", before: "“short”", after: "500 characters" },
        { field: "version", before: "1", after: "2" },
      ],
      more: 0,
    });
  });

  it("shows only the side that exists for creations and removals, without ids and empty values", () => {
    expect(
      summariseChange(null, {
        id: "c1",
        status: "DRAFT",
        actorId: "a1",
        version: 1,
        decision: { known: "" },
        claims: [],
        hidden: false,
        n: 0,
      }).lines,
    ).toEqual([
      { field: "status", before: null, after: "“DRAFT”" },
      { field: "n", before: null, after: "0" },
    ]);
    expect(summariseChange({ key: "k" }, null).lines).toEqual([{ field: "key", before: "“k”", after: null }]);
  });

  it("keeps it short", () => {
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, i]));
    const result = summariseChange(null, many);
    expect(result.lines).toHaveLength(6);
    expect(result.more).toBe(4);
  });

  it("never shows multi-line text, even when short", () => {
    expect(summariseChange({ t: "a\nb" }, { t: "c" }).lines[0]?.before).toBe("3 characters");
  });
});
