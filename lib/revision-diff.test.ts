import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./revision-diff";

const created = {
  title: "Queue backlog",
  severity: "SEV2" as const,
  summary: "",
  sections: [
    { key: "summary", title: "Summary", body: "" },
    { key: "trigger", title: "Trigger", body: "A deploy" },
  ],
};

describe("diffSnapshots", () => {
  it("lists changed header fields and every section with its change", () => {
    const later = {
      ...created,
      title: "Queue backlog after a deploy",
      impactNotes: "ignored: the older snapshot lacks it",
      sections: [
        { key: "summary", title: "Summary", body: "Line one\nLine two" },
        { key: "lessons", title: "Lessons", body: "Keep backups" },
      ],
    };
    const { fields, sections } = diffSnapshots(created, later);
    expect(fields.map((f) => [f.label, f.change])).toEqual([["Title", "changed"]]);
    // One changed line with the added words, not the old and the new title whole.
    expect(fields[0]!.lines).toEqual([
      {
        type: "changed",
        parts: [
          { type: "same", text: "Queue backlog" },
          { type: "added", text: " after a deploy" },
        ],
      },
    ]);
    expect(sections.map((s) => [s.label, s.change])).toEqual([
      ["Summary", "changed"],
      ["Lessons", "added"],
      ["Trigger", "removed"],
    ]);
    expect(sections[0]!.lines.map((l) => l.type)).toEqual(["added", "added"]);
    expect(sections[2]!.lines).toEqual([{ type: "removed", text: "A deploy" }]);
  });

  it("reports a renamed section as changed even when its body is the same", () => {
    const renamed = { ...created, sections: [{ key: "summary", title: "Overview", body: "" }] };
    const { sections } = diffSnapshots(created, renamed);
    expect(sections[0]).toMatchObject({ label: "Summary → Overview", change: "changed" });
  });

  it("shows a status change as a field", () => {
    const { fields } = diffSnapshots(
      { ...created, status: "IN_REVIEW" },
      { ...created, status: "PUBLISHED" },
    );
    expect(fields).toEqual([
      {
        key: "field-status",
        label: "Status",
        change: "changed",
        lines: [
          { type: "removed", text: "In review" },
          { type: "added", text: "Published" },
        ],
      },
    ]);
  });

  it("shows a one-word edit of a section paragraph as that word", () => {
    const paragraph = "A deploy raised the pool size and the database ran out of connections.";
    const before = { ...created, sections: [{ key: "trigger", title: "Trigger", body: paragraph }] };
    const after = {
      ...created,
      sections: [{ key: "trigger", title: "Trigger", body: paragraph.replace("raised", "lowered") }],
    };
    const { sections } = diffSnapshots(before, after);
    expect(sections[0]!.change).toBe("changed");
    expect(sections[0]!.lines).toHaveLength(1);
    const line = sections[0]!.lines[0]!;
    expect(line.type).toBe("changed");
    const changes = line.type === "changed" ? line.parts.filter((p) => p.type !== "same") : [];
    expect(changes).toEqual([
      { type: "removed", text: "raised" },
      { type: "added", text: "lowered" },
    ]);
  });

  it("finds nothing between equal snapshots", () => {
    const { fields, sections } = diffSnapshots(created, created);
    expect(fields).toEqual([]);
    expect(sections.every((s) => s.change === "same")).toBe(true);
  });
});
