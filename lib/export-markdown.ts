// A postmortem as a Markdown document (the "Download Markdown" export). Pure.
import { impactRows } from "./impact";
import { deriveDurations, milestoneKeys, milestoneLabels, type Milestones } from "./milestones";
import { statusLabels } from "./schemas/postmortems";
import {
  defaultSeverityScale,
  describeSeverity,
  severityOptionLabel,
  severityRange,
  type SeverityScale,
} from "./severity";
import { formatDuration, formatInZone } from "./time";
import { eventMarkers, timelineSectionIndex, typeLabel, type PinnedEvent } from "./timeline/pinned";
import { actorKindLabels, type ActorKind } from "./timeline/types";
import { summarizeActors, type ActorWithActions } from "./timeline/actor-summary";
import { blastRadiusTable } from "./timeline/blast-radius";

export type ExportPostmortem = Milestones & {
  number: number;
  title: string;
  summary: string;
  severity: string;
  status: string;
  incidentTimeZone: string;
  publishedAt: Date | null;
  updatedAt: Date;
  team: { name: string };
  owner: { name: string };
  customersAffected: number | null;
  usersAffected: number | null;
  impactDurationMinutes: number | null;
  revenueImpactMinor: bigint | null;
  impactCurrency: string | null;
  sloImpact: string | null;
  supportTickets: number | null;
  impactNotes: string;
  sections: { key: string; title: string; body: string }[];
  /** The pinned, not hidden timeline events. */
  events: PinnedEvent[];
  /** Actors with their permission ledger and what their actions touched. */
  actors: ActorWithActions[];
  factors: { explanation: string; factor: { name: string; category: string } }[];
  actionItems: {
    title: string;
    type: string;
    priority: string;
    status: string;
    dueDate: Date | null;
    ownerTeam: { name: string } | null;
    ownerUser: { name: string } | null;
  }[];
};

/**
 * One-line plain text (titles, names) made inert in Markdown: Markdown and
 * HTML punctuation is backslash-escaped, so `<img onerror=…>` stays text in
 * any renderer that follows CommonMark.
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_{}[\]<>()#+!|&~]/g, (c) => `\\${c}`);
}

/** "inc-3-queue-backlog-after-a-deploy.md" */
export function exportFilename(number: number, title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `inc-${number}${slug ? `-${slug}` : ""}.md`;
}

const actionStatusLabels: Record<string, string> = {
  OPEN: "open",
  IN_PROGRESS: "in progress",
  DONE: "done",
  WONT_DO: "won't do",
};

/** The severity line: the level as the organisation's scale names it. */
function severityLine(value: string, scale: SeverityScale) {
  const info = describeSeverity(scale, value);
  const retired = info.inScale ? "" : ` (no longer on the organisation's scale, ${severityRange(scale)})`;
  return `- **Severity:** ${inline(severityOptionLabel(info))}${retired}`;
}

export function buildMarkdownExport(
  p: ExportPostmortem,
  exportedAt = new Date(),
  scale: SeverityScale = defaultSeverityScale,
): string {
  const zone = p.incidentTimeZone;
  const out: string[] = [];
  const block = (...lines: string[]) => out.push(lines.join("\n"));

  block(`# INC-${p.number} ${inline(p.title)}`);
  block(
    `- **Status:** ${statusLabels[p.status as keyof typeof statusLabels] ?? inline(p.status)}` +
      (p.publishedAt ? ` (published ${formatInZone(p.publishedAt, zone)})` : ""),
    severityLine(p.severity, scale),
    `- **Team:** ${inline(p.team.name)}`,
    `- **Owner:** ${inline(p.owner.name)}`,
    `- **Incident time zone:** ${inline(zone)}`,
    `- **Last updated:** ${formatInZone(p.updatedAt, zone)}`,
    `- **Exported:** ${formatInZone(exportedAt, zone)}`,
  );

  block("## TL;DR", p.summary.trim() || "_No summary yet._");

  // Free text is escaped for Markdown; numbers and amounts are already safe.
  const impact = impactRows(p).map(([label, value]): [string, string] => [
    label,
    label === "SLO impact" ? inline(value) : value,
  ]);
  block(
    "## Impact",
    ...(impact.length
      ? impact.map(([label, value]) => `- **${label}:** ${value}`)
      : ["_No impact recorded yet._"]),
  );
  if (p.impactNotes.trim()) block(p.impactNotes.trim());

  block(
    "## Milestones",
    "| Milestone | Time |",
    "| --- | --- |",
    ...milestoneKeys.map((k) => `| ${milestoneLabels[k]} | ${p[k] ? formatInZone(p[k], zone) : "not set"} |`),
  );
  block(
    "| Duration | Definition | Value |",
    "| --- | --- | --- |",
    ...deriveDurations(p).map(
      (d) => `| ${d.label} | ${d.definition} | ${d.ms != null ? formatDuration(d.ms) : "—"} |`,
    ),
  );

  const pinned = pinnedTimeline(p.events, zone);
  const actors = actorSummary(p.actors);
  const timelineAt = timelineSectionIndex(p.sections);
  if (timelineAt < 0) {
    block("## Key timeline", ...pinned);
    block("## Actors and permissions", ...actors);
  }
  p.sections.forEach((s, i) => {
    // Section bodies are the writers' own Markdown and are kept as written.
    block(`## ${inline(s.title)}`, s.body.trim() || "_Not written yet._");
    if (i === timelineAt) {
      block("### Key timeline", ...pinned);
      block("### Actors and permissions", ...actors);
    }
  });

  block(
    "## Contributing factors",
    ...(p.factors.length
      ? p.factors.map(
          (f) =>
            `- **${inline(f.factor.name)}** (${inline(f.factor.category)})` +
            (f.explanation.trim() ? `: ${inline(f.explanation)}` : ""),
        )
      : ["_None tagged._"]),
  );

  block(
    "## Action items",
    ...(p.actionItems.length
      ? p.actionItems.map((a) => {
          const owner = [a.ownerTeam?.name, a.ownerUser?.name].filter(Boolean).map((n) => inline(n!));
          const details = [
            a.type.toLowerCase(),
            `${a.priority.toLowerCase()} priority`,
            actionStatusLabels[a.status] ?? a.status.toLowerCase(),
            a.dueDate ? `due ${a.dueDate.toISOString().slice(0, 10)}` : null,
            `owner: ${owner.join(" · ") || "none"}`,
          ].filter(Boolean);
          return `- [${a.status === "DONE" ? "x" : " "}] **${inline(a.title)}** — ${details.join(", ")}`;
        })
      : ["_None yet._"]),
  );

  return `${out.join("\n\n")}\n`;
}

/** A table cell from the writer's Markdown: one line, pipes escaped. */
function cell(markdown: string): string {
  return markdown
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

function pinnedTimeline(events: PinnedEvent[], zone: string): string[] {
  if (events.length === 0) return ["_No pinned events._"];
  return [
    `| Time (${inline(zone)}) | Actor | Type | What happened |`,
    "| --- | --- | --- | --- |",
    ...events.map((e) => {
      const actor = e.actor
        ? `${inline(e.actor.name)} (${actorKindLabels[e.actor.kind as ActorKind] ?? inline(e.actor.kind)})`
        : "—";
      const markers = eventMarkers(e).map((m) => `**${inline(m.label)}**`);
      const what = [cell(e.description), markers.join(" · ")].filter(Boolean).join(" — ");
      return `| ${formatInZone(e.occurredAt, zone)} | ${actor} | ${typeLabel(e.type)} | ${what} |`;
    }),
  ];
}

function actorSummary(actors: ActorWithActions[]): string[] {
  if (actors.length === 0) return ["_No actors recorded._"];
  const table = blastRadiusTable(summarizeActors(actors));
  const sources = table.sources.length
    ? [
        "",
        "**Where the blast radius came from:**",
        "",
        ...table.sources.map((s) => `- **${inline(s.actor)}:** ${inline(s.sentence)}`),
      ]
    : [];
  return [
    `| ${table.headers.join(" | ")} |`,
    `| ${table.headers.map(() => "---").join(" | ")} |`,
    ...table.rows.map((r) => `| ${r.map(inline).join(" | ")} |`),
    ...sources,
  ];
}
