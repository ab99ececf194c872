import { Markdown } from "@/components/ui/markdown";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import type { SeverityInfo } from "@/lib/severity";
import { formatInZone } from "@/lib/time";
import type { PostmortemViewData } from "./postmortem-view-data";
import { SeverityNote } from "./severity-note";

/** Badges, title, owner and template line, and the TL;DR. */
export function PostmortemHeader({
  postmortem: p,
  severity,
}: {
  postmortem: Pick<
    PostmortemViewData,
    | "number"
    | "title"
    | "summary"
    | "status"
    | "incidentTimeZone"
    | "updatedAt"
    | "openFlagCount"
    | "templateKey"
    | "template"
    | "team"
    | "owner"
  >;
  severity: { info: SeverityInfo; note: string | null };
}) {
  const zone = p.incidentTimeZone;
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={severity.info} />
        <StatusBadge status={p.status} />
        <span className="text-sm text-stone-600">
          INC-{p.number} · {p.team.name}
        </span>
        {p.openFlagCount > 0 ? (
          <a
            href="#blameless-language"
            className="no-print text-sm font-medium text-amber-800 hover:underline"
          >
            {p.openFlagCount} open language {p.openFlagCount === 1 ? "flag" : "flags"}
          </a>
        ) : null}
      </div>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{p.title}</h1>
      <SeverityNote severity={severity.info} note={severity.note} />
      <p className="text-sm text-stone-600">
        Owner: {p.owner.name} · Template: {p.template?.name ?? templateName(p.templateKey)} · Incident time
        zone: {zone} · Last updated {formatInZone(p.updatedAt, zone)}
      </p>
      {p.summary ? (
        <div className="rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-brand-700">TL;DR</h2>
          <Markdown>{p.summary}</Markdown>
        </div>
      ) : null}
    </header>
  );
}

function templateName(key: string | null) {
  const names: Record<string, string> = {
    "amazon-coe": "Amazon COE",
    "google-sre": "Google SRE",
    pagerduty: "PagerDuty",
    blank: "Blank",
  };
  return key ? (names[key] ?? key) : "None";
}
