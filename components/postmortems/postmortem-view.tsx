import Link from "next/link";
import { Fragment } from "react";
import { Markdown } from "@/components/ui/markdown";
import { isOverdue } from "@/lib/action-items";
import { impactRows } from "@/lib/impact";
import { Pill, SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { deriveDurations, milestoneKeys, milestoneLabels, checkMilestoneOrder } from "@/lib/milestones";
import { formatDuration, formatInZone } from "@/lib/time";
import { PinnedTimeline } from "./pinned-timeline";
import { BlastRadiusPanel } from "@/components/actors/blast-radius-panel";
import { summarizeActors, type ActorWithActions } from "@/lib/timeline/actor-summary";
import { timelineSectionIndex, type PinnedEvent } from "@/lib/timeline/pinned";
import type { SeverityInfo } from "@/lib/severity";
import { SeverityNote } from "./severity-note";

type Postmortem = {
  id: string;
  number: number;
  title: string;
  summary: string;
  severity: string;
  status: string;
  incidentTimeZone: string;
  startedAt: Date | null;
  detectedAt: Date | null;
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  customersAffected: number | null;
  usersAffected: number | null;
  impactDurationMinutes: number | null;
  revenueImpactMinor: bigint | null;
  impactCurrency: string | null;
  sloImpact: string | null;
  supportTickets: number | null;
  impactNotes: string;
  templateKey: string | null;
  template: { name: string } | null;
  openFlagCount: number;
  createdAt: Date;
  updatedAt: Date;
  team: { name: string };
  owner: { name: string };
  sections: {
    id: string;
    key: string;
    title: string;
    body: string;
    helpText: string;
    guidingQuestions: string[];
  }[];
  factors: { id: string; explanation: string; factor: { name: string; category: string } }[];
  actionItems: {
    id: string;
    title: string;
    type: string;
    priority: string;
    status: string;
    dueDate: Date | null;
    ownerTeam: { name: string } | null;
    ownerUser: { name: string } | null;
  }[];
  actors: ActorWithActions[];
  /** Pinned, not hidden events. */
  events: PinnedEvent[];
  _count: { events: number };
};

const actionStatus: Record<string, { label: string; tone: "stone" | "sky" | "emerald" | "amber" }> = {
  OPEN: { label: "Open", tone: "stone" },
  IN_PROGRESS: { label: "In progress", tone: "sky" },
  DONE: { label: "Done", tone: "emerald" },
  WONT_DO: { label: "Won't do", tone: "amber" },
};

export function PostmortemView({
  postmortem: p,
  severity,
}: {
  postmortem: Postmortem;
  /** The level as the organisation's scale names it, and the note when the scale no longer uses it. */
  severity: { info: SeverityInfo; note: string | null };
}) {
  const zone = p.incidentTimeZone;
  const durations = deriveDurations(p);
  const orderIssues = checkMilestoneOrder(p);
  const impact = impactRows(p);
  const timelineAt = timelineSectionIndex(p.sections);
  const pinned = (
    <Fragment key="timeline-and-actors">
      <PinnedTimeline
        key="pinned-timeline"
        postmortemId={p.id}
        events={p.events}
        totalEvents={p._count.events}
        zone={zone}
      />
      <section aria-labelledby="actors-and-permissions" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="actors-and-permissions" className="text-lg font-semibold">
            Actors and permissions
          </h2>
          <Link
            href={`/postmortems/${p.id}/actors`}
            className="no-print text-sm font-medium text-brand-700 hover:underline"
          >
            Actors & guardrails →
          </Link>
        </div>
        {p.actors.length === 0 ? (
          <p className="rounded-lg border border-stone-200 bg-white p-5 text-sm text-stone-500">
            No actors recorded yet: the people, automations and AI agents that acted, with the permissions
            they held, needed and used.
          </p>
        ) : (
          <BlastRadiusPanel summary={summarizeActors(p.actors)} />
        )}
      </section>
    </Fragment>
  );

  return (
    <article className="space-y-8">
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

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {timelineAt < 0 ? pinned : null}
          {p.sections.map((s, i) => (
            <Fragment key={s.id}>
              <section
                aria-labelledby={`section-${s.key}`}
                className="rounded-lg border border-stone-200 bg-white p-5"
              >
                <h2 id={`section-${s.key}`} className="mb-3 text-lg font-semibold">
                  {s.title}
                </h2>
                {s.body.trim() ? (
                  <Markdown>{s.body}</Markdown>
                ) : (
                  <div className="text-sm text-stone-500">
                    <p className="italic">Not written yet.</p>
                    {s.helpText ? <p className="mt-2">{s.helpText}</p> : null}
                    {s.guidingQuestions.length > 0 ? (
                      <ul className="mt-2 list-disc pl-5">
                        {s.guidingQuestions.map((q) => (
                          <li key={q}>{q}</li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                )}
              </section>
              {i === timelineAt ? pinned : null}
            </Fragment>
          ))}
        </div>

        <aside className="space-y-6">
          <Panel title="Milestones">
            <dl className="space-y-1 text-sm">
              {milestoneKeys.map((k) => (
                <div key={k} className="flex justify-between gap-2">
                  <dt className="text-stone-600">{milestoneLabels[k]}</dt>
                  <dd className="text-right">
                    {p[k] ? formatInZone(p[k], zone) : <span className="text-stone-600">not set</span>}
                  </dd>
                </div>
              ))}
            </dl>
            {orderIssues.length > 0 ? (
              <ul className="mt-2 space-y-1 text-sm text-red-700">
                {orderIssues.map((i) => (
                  <li key={i.field}>{i.message}</li>
                ))}
              </ul>
            ) : null}
            <dl className="mt-3 space-y-1 border-t border-stone-100 pt-3 text-sm">
              {durations.map((d) => (
                <div key={d.key} className="flex justify-between gap-2">
                  <dt>
                    {d.label}
                    <span className="block text-xs text-stone-500">{d.definition}</span>
                  </dt>
                  <dd className="font-medium">{d.ms != null ? formatDuration(d.ms) : "—"}</dd>
                </div>
              ))}
            </dl>
          </Panel>

          <Panel title="Impact">
            {impact.length === 0 && !p.impactNotes ? (
              <p className="text-sm text-stone-500">No impact recorded yet.</p>
            ) : (
              <dl className="space-y-1 text-sm">
                {impact.map(([label, value]) => (
                  <div key={label} className="flex justify-between gap-2">
                    <dt className="text-stone-600">{label}</dt>
                    <dd className="text-right font-medium">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
            {p.impactNotes ? (
              <div className="mt-2 text-sm">
                <Markdown>{p.impactNotes}</Markdown>
              </div>
            ) : null}
          </Panel>

          <Panel title={`Contributing factors (${p.factors.length})`}>
            {p.factors.length === 0 ? (
              <p className="text-sm text-stone-500">No contributing factors tagged yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {p.factors.map((f) => (
                  <li key={f.id}>
                    <span className="font-medium">{f.factor.name}</span>
                    <span className="ml-1 text-xs text-stone-500">({f.factor.category})</span>
                    {f.explanation ? (
                      <div className="text-stone-600">
                        <Markdown compact>{f.explanation}</Markdown>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          <Panel title={`Action items (${p.actionItems.length})`}>
            {p.actionItems.length === 0 ? (
              <p className="text-sm text-stone-500">No action items yet.</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {p.actionItems.map((a) => {
                  const overdue = isOverdue(a);
                  const st = actionStatus[a.status] ?? { label: a.status, tone: "stone" as const };
                  return (
                    <li key={a.id}>
                      <p className="font-medium">{a.title}</p>
                      <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-stone-600">
                        <Pill tone={st.tone}>{st.label}</Pill>
                        <Pill>{a.type.toLowerCase()}</Pill>
                        <Pill>{a.priority.toLowerCase()}</Pill>
                        {a.dueDate ? (
                          <span className={overdue ? "font-medium text-red-700" : undefined}>
                            due {a.dueDate.toISOString().slice(0, 10)}
                            {overdue ? " (overdue)" : ""}
                          </span>
                        ) : null}
                      </p>
                      <p className="text-xs text-stone-500">
                        {[a.ownerTeam?.name, a.ownerUser?.name].filter(Boolean).join(" · ") || "No owner"}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </Panel>
        </aside>
      </div>
    </article>
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

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">{title}</h2>
      {children}
    </section>
  );
}
