import { describe, expect, it } from "vitest";
import { parseSeverityScale } from "./severity";
import { buildMarkdownExport, exportFilename, inline, type ExportPostmortem } from "./export-markdown";
import { renderMarkdown } from "./markdown/render";

const base: ExportPostmortem = {
  number: 7,
  title: "Production environment deleted by an agent",
  summary: "An agent recreated **production**.",
  severity: "SEV1",
  status: "PUBLISHED",
  incidentTimeZone: "Europe/Berlin",
  publishedAt: new Date("2026-11-22T09:00:00Z"),
  updatedAt: new Date("2026-11-22T09:00:00Z"),
  team: { name: "Alpha" },
  owner: { name: "Walt Writer" },
  startedAt: new Date("2026-11-20T13:00:00Z"),
  detectedAt: new Date("2026-11-20T13:20:00Z"),
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: new Date("2026-11-21T02:00:00Z"),
  customersAffected: 1200,
  usersAffected: null,
  impactDurationMinutes: 780,
  revenueImpactMinor: 1234567n,
  impactCurrency: "EUR",
  sloImpact: null,
  supportTickets: 42,
  impactNotes: "Checkout was down.",
  sections: [
    { key: "summary", title: "Summary", body: "The agent had an operator's role.\n\n- inherited" },
    { key: "lessons", title: "Lessons learned", body: "" },
  ],
  actors: [
    {
      id: "a1",
      kind: "AI_AGENT",
      name: "Deploy agent",
      role: "coding agent",
      inheritedFrom: "release operator",
      permissionsGranted: ["s3:GetObject"],
      permissionsInherited: ["cloudformation:DeleteStack"],
      permissionsNeeded: ["s3:GetObject"],
      permissionsUsed: ["cloudformation:DeleteStack"],
      events: [
        {
          occurredAt: new Date("2026-11-20T13:00:00Z"),
          type: "ACTION",
          environment: "PRODUCTION",
          crossedEnvironment: true,
          reversibility: "IRREVERSIBLE",
          resourcesTouched: ["prod-stack"],
        },
      ],
    },
    {
      id: "a2",
      kind: "PERSON",
      name: "On-call engineer",
      role: "On-call engineer",
      inheritedFrom: null,
      permissionsGranted: [],
      permissionsInherited: [],
      permissionsNeeded: ["pagerduty:ack"],
      permissionsUsed: [],
      events: [],
    },
  ],
  events: [
    {
      id: "e1",
      occurredAt: new Date("2026-11-20T13:00:00Z"),
      endedAt: null,
      type: "ACTION",
      description: "Agent ran `terraform destroy`\non **prod** | staging",
      milestone: "STARTED",
      isDecisionPoint: true,
      actor: { name: "Deploy agent", kind: "AI_AGENT" },
      claims: [{ statement: "Rollback is impossible", status: "REFUTED" }],
    },
    {
      id: "e2",
      occurredAt: new Date("2026-11-20T13:20:00Z"),
      endedAt: null,
      type: "DETECTION",
      description: "Checkout alerts fire",
      milestone: null,
      isDecisionPoint: false,
      actor: null,
      claims: [],
    },
  ],
  factors: [
    {
      explanation: "Inherited the operator role",
      factor: { name: "Excessive permissions", category: "Access" },
    },
  ],
  actionItems: [
    {
      title: "Enforce two-person approval",
      type: "PREVENT",
      priority: "URGENT",
      status: "DONE",
      dueDate: new Date("2026-11-25T00:00:00Z"),
      ownerTeam: { name: "Platform" },
      ownerUser: null,
    },
    {
      title: "Alert on environment deletion",
      type: "DETECT",
      priority: "HIGH",
      status: "OPEN",
      dueDate: null,
      ownerTeam: null,
      ownerUser: null,
    },
  ],
};

describe("buildMarkdownExport", () => {
  const md = buildMarkdownExport(base, new Date("2026-11-23T10:00:00Z"));

  it("starts with the number and title, then status, severity and times", () => {
    expect(md.startsWith("# INC-7 Production environment deleted by an agent\n")).toBe(true);
    expect(md).toContain("- **Status:** Published (published 22 Nov 2026, 10:00 CET)");
    expect(md).toContain("- **Severity:** SEV1 — Critical: all customers affected, or data lost\n");
    expect(md).toContain("- **Incident time zone:** Europe/Berlin");
  });

  it("names the severity from the organisation's scale, and says when the scale no longer uses it", () => {
    const scale = parseSeverityScale({
      count: 4,
      levels: [
        { label: "Code *red*", description: "" },
        { label: "B", description: "b" },
        { label: "C", description: "c" },
        { label: "D", description: "d" },
        { label: "Heads-up", description: "nothing broke" },
      ],
    });
    const sev1 = buildMarkdownExport(base, new Date("2026-11-23T10:00:00Z"), scale);
    expect(sev1).toContain("- **Severity:** SEV1 — Code \\*red\\*\n");
    const sev5 = buildMarkdownExport({ ...base, severity: "SEV5" }, new Date("2026-11-23T10:00:00Z"), scale);
    expect(sev5).toContain(
      "- **Severity:** SEV5 — Heads-up: nothing broke (no longer on the organisation's scale, SEV1–SEV4)\n",
    );
  });

  it("has the TL;DR, impact, milestones and durations", () => {
    expect(md).toContain("## TL;DR\nAn agent recreated **production**.");
    expect(md).toContain("- **Customers affected:** 1,200");
    expect(md).toContain("- **Impact duration:** 13 h");
    expect(md).toContain("- **Revenue impact:** €12,345.67");
    expect(md).toContain("Checkout was down.");
    expect(md).toContain("| Started | 20 Nov 2026, 14:00 CET |");
    expect(md).toContain("| Acknowledged | not set |");
    expect(md).toContain("| Time to detect | detected − started | 20 min |");
    expect(md).toContain("| Time to resolve | resolved − started | 13 h |");
  });

  it("has every section in order, factors and action items", () => {
    expect(md).toContain("## Summary\nThe agent had an operator's role.\n\n- inherited");
    expect(md).toContain("## Lessons learned\n_Not written yet._");
    expect(md.indexOf("## Summary")).toBeLessThan(md.indexOf("## Lessons learned"));
    expect(md).toContain("- **Excessive permissions** (Access): Inherited the operator role");
    expect(md).toContain(
      "- [x] **Enforce two-person approval** — prevent, urgent priority, done, due 2026-11-25, owner: Platform",
    );
    expect(md).toContain(
      "- [ ] **Alert on environment deletion** — detect, high priority, open, owner: none",
    );
  });

  it("keeps titles and names inert in Markdown renderers", () => {
    const hostile = buildMarkdownExport({
      ...base,
      title: "<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(2)</script>",
      owner: { name: "# Not a heading" },
      sections: [{ key: "s", title: "<b onmouseover=alert(3)>Hi</b>", body: "" }],
    });
    expect(hostile).toContain("# INC-7 \\<img src=x onerror=alert\\(1\\)\\>");
    // Every < in the plain-text fields is escaped (no raw HTML for renderers that allow it) …
    expect(hostile.match(/(?<!\\)</g)).toBeNull();
    expect(hostile).toContain("\\[x\\]\\(javascript:alert\\(1\\)\\)");
    expect(hostile).toContain("## \\<b onmouseover=alert\\(3\\)\\>Hi\\</b\\>");
    expect(hostile).toContain("- **Owner:** \\# Not a heading");
    // … and a renderer shows it as text: no elements, handlers or links appear.
    const rendered = renderMarkdown(hostile);
    const html = rendered.kind === "html" ? rendered.html : "";
    expect(html).not.toMatch(/<img|<script|<b[ >]|<a /i);
    expect(html).toContain("&#x3C;img src=x onerror=alert(1)>");
  });
});

describe("the pinned timeline in the export", () => {
  it("is a table of the pinned events with actor kinds and markers, cells kept on one line", () => {
    const md = buildMarkdownExport(base);
    expect(md).toContain("## Key timeline\n| Time (Europe/Berlin) | Actor | Type | What happened |");
    expect(md).toContain(
      "| 20 Nov 2026, 14:00 CET | Deploy agent (AI agent) | Action | Agent ran `terraform destroy` on **prod** \\| staging — " +
        "**Refuted claim: “Rollback is impossible”** · **Milestone: started** · **Decision point** |",
    );
    expect(md).toContain("| 20 Nov 2026, 14:20 CET | — | Detection | Checkout alerts fire |");
    expect(md.indexOf("## Key timeline")).toBeLessThan(md.indexOf("## Summary"));
  });

  it("follows the template's own Timeline section when there is one", () => {
    const md = buildMarkdownExport({
      ...base,
      sections: [...base.sections, { key: "timeline", title: "Timeline", body: "Times in CET." }],
    });
    expect(md).not.toMatch(/^## Key timeline/m);
    expect(md).toContain("## Timeline\nTimes in CET.\n\n### Key timeline\n| Time (Europe/Berlin)");
  });

  it("says so when nothing is pinned", () => {
    expect(buildMarkdownExport({ ...base, events: [] })).toContain("## Key timeline\n_No pinned events._");
  });
});

describe("the actor and permission summary in the export", () => {
  const md = buildMarkdownExport(base);

  it("has one row per actor with its gaps and what its actions touched", () => {
    expect(md).toContain(
      "## Actors and permissions\n| Actor | Held, not needed | Used, not needed | Needed, missing | In production | Crossed into production | Irreversible | Resources touched |",
    );
    expect(md).toContain(
      "| Deploy agent \\(AI agent, coding agent\\) | cloudformation:DeleteStack \\(inherited from release operator\\) | cloudformation:DeleteStack | — | 1 | 1 | 1 | prod-stack |",
    );
    expect(md).toContain("| On-call engineer \\(person\\) | — | — | pagerduty:ack | — | — | — | — |");
  });

  it("says where the blast radius came from", () => {
    expect(md).toMatch(
      /\*\*Where the blast radius came from:\*\*\n\n- \*\*Deploy agent:\*\* Used permissions its task did not need/,
    );
  });

  it("says so when there are no actors", () => {
    expect(buildMarkdownExport({ ...base, actors: [] })).toContain(
      "## Actors and permissions\n_No actors recorded._",
    );
  });
});

describe("helpers", () => {
  it("escapes Markdown and HTML punctuation and folds whitespace", () => {
    expect(inline("a *b* <c>\n d")).toBe("a \\*b\\* \\<c\\> d");
  });

  it("makes a safe file name", () => {
    expect(exportFilename(3, "Queue backlog after a config rollout!")).toBe(
      "inc-3-queue-backlog-after-a-config-rollout.md",
    );
    expect(exportFilename(4, "Ünïcode café")).toBe("inc-4-unicode-cafe.md");
    expect(exportFilename(5, '<img src=x onerror="alert(1)">')).toBe("inc-5-img-src-x-onerror-alert-1.md");
    expect(exportFilename(6, "日本語")).toBe("inc-6.md");
    expect(exportFilename(7, "a".repeat(200))).toBe(`inc-7-${"a".repeat(60)}.md`);
  });
});
