// Timeline tab benchmark: a postmortem with 2,000 events.
//
// From scripts/bench.ts (which runs under --conditions=react-server):
//
//   const { benchTimeline } = await import("./bench/timeline-render");
//   await benchTimeline({ db, teamId: team.id, userId: user.id, actor, time });
//
// It seeds the events, times getTimeline for the page's first window and
// getTimelineEvents for the rest (p50/p90 through the caller's `time`), prints
// the size of the props the page sends to the client and of the rest as JSON,
// and then renders the page's event rows to HTML with react-dom/server in a child process started
// WITHOUT the react-server condition (react-dom/server cannot be imported
// under it). The child is this same file run directly:
//
//   node --import tsx scripts/bench/timeline-render.ts <props.json>
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { DbClient } from "../../lib/db/connect";
import type { Actor } from "../../server/auth/actor";

export const TIMELINE_EVENTS = 2_000;
const RENDER_RUNS = 10;

type Time = (label: string, target: string, fn: () => Promise<unknown>) => Promise<void>;

const types = ["ALERT", "ACTION", "DECISION", "COMMUNICATION", "ACTION", "ESCALATION", "OTHER"] as const;

export async function benchTimeline(opts: {
  db: DbClient;
  teamId: string;
  userId: string;
  actor: Actor;
  time: Time;
  events?: number;
}) {
  const { db, teamId, userId, actor, time } = opts;
  const count = opts.events ?? TIMELINE_EVENTS;
  const { FIRST_WINDOW, getTimeline, getTimelineEvents } = await import("../../server/timeline/queries");
  const { packEvent } = await import("../../lib/timeline/packed-events");
  const last = await db.postmortem.findFirst({
    where: { teamId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const start = Date.UTC(2026, 10, 20, 13, 0);
  const pm = await db.postmortem.create({
    data: {
      teamId,
      number: (last?.number ?? 0) + 1,
      title: `Timeline bench (${count} events)`,
      severity: "SEV1",
      incidentTimeZone: "Europe/Berlin",
      ownerId: userId,
      createdById: userId,
      startedAt: new Date(start),
    },
    select: { id: true },
  });
  const actors = await Promise.all(
    (["PERSON", "PERSON", "AUTOMATION", "AI_AGENT", "EXTERNAL_SERVICE"] as const).map((kind, i) =>
      db.actor.create({
        data: { postmortemId: pm.id, kind, name: `Actor ${i}`, role: "on-call" },
        select: { id: true },
      }),
    ),
  );
  for (let batch = 0; batch < count; batch += 500) {
    await db.timelineEvent.createMany({
      data: Array.from({ length: Math.min(500, count - batch) }, (_, k) => {
        const i = batch + k;
        return {
          postmortemId: pm.id,
          occurredAt: new Date(start + i * 37_000),
          type: types[i % types.length]!,
          actorId: actors[i % actors.length]!.id,
          description: `Event ${i}: the deploy pipeline reported **step ${i % 17}** finished; see the run log for details.`,
          evidenceLinks: i % 5 === 0 ? [{ url: `https://ci.example/run/${i}`, label: "Run log" }] : [],
          pinned: i % 50 === 0,
          hidden: i % 40 === 0,
          isDecisionPoint: i % 100 === 0,
          resourcesTouched: i % 20 === 0 ? ["prod-db", "prod-vpc"] : [],
        };
      }),
    });
  }
  const some = await db.timelineEvent.findMany({
    where: { postmortemId: pm.id },
    select: { id: true },
    take: 40,
    orderBy: { occurredAt: "asc" },
  });
  await db.claim.createMany({
    data: some.map((e, i) => ({
      postmortemId: pm.id,
      eventId: e.id,
      statement: "Rollback is impossible",
      status: i % 2 ? ("REFUTED" as const) : ("UNKNOWN" as const),
    })),
  });

  // The server analyzes at start and periodically (server/startup.ts); PGlite has no autovacuum.
  await db.$executeRawUnsafe("ANALYZE");
  await time(`timeline page query (first ${FIRST_WINDOW} events)`, "< 30 ms", () =>
    getTimeline(actor, pm.id, { first: FIRST_WINDOW }),
  );
  const timeline = await getTimeline(actor, pm.id, { first: FIRST_WINDOW });
  const restOf = async () => {
    const pages = [];
    let after = { at: timeline.events.at(-1)!.occurredAt, id: timeline.events.at(-1)!.id };
    for (;;) {
      const page = await getTimelineEvents(actor, pm.id, { after });
      pages.push(page);
      if (!page.next) return pages;
      after = page.next;
    }
  };
  await time(`rest of the events (${count - FIRST_WINDOW}, after hydration)`, "< 150 ms", restOf);
  const props = {
    zone: timeline.postmortem.incidentTimeZone,
    initialEvents: timeline.events.map(packEvent),
    total: timeline.total,
    latestAt: timeline.latestAt,
    actors: timeline.actors,
    milestones: timeline.milestones,
  };
  const json = JSON.stringify(props);
  console.log(
    `${"timeline props sent to the client".padEnd(44)} ${(json.length / 1024).toFixed(0)} KiB JSON`,
  );
  const rest = JSON.stringify(await restOf());
  console.log(
    `${"rest of the events, fetched after hydration".padEnd(44)} ${(rest.length / 1024).toFixed(0)} KiB JSON`,
  );

  const dir = mkdtempSync(path.join(tmpdir(), "kintsugi-bench-"));
  try {
    const file = path.join(dir, "props.json");
    writeFileSync(file, json);
    const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), file], {
      stdio: "inherit",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    if (child.status !== 0) console.log("timeline render measurement failed (see above)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { postmortemId: pm.id };
}

/** Child process: render the rows (the heavy part of the tab) to HTML RUN times. */
async function renderRows(file: string) {
  // The rows import a CSS module; outside Next, load it as a map of class names.
  const { createRequire } = await import("node:module");
  const extensions = createRequire(import.meta.url).extensions;
  extensions[".css"] = (m: { exports: unknown }) => {
    m.exports = { __esModule: true, default: new Proxy({}, { get: (_, key) => String(key) }) };
  };
  const React = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { EventRow } = await import("../../components/timeline/event-row");
  const { MilestonesPanel } = await import("../../components/timeline/milestones-panel");
  const { unpackEvent } = await import("../../lib/timeline/packed-events");
  const sent = JSON.parse(readFileSync(file, "utf8")) as {
    zone: string;
    initialEvents: import("../../lib/timeline/packed-events").PackedEvent[];
    actors: import("../../lib/timeline/types").TimelineActor[];
    milestones: import("../../lib/timeline/types").MilestoneTimes;
  };
  const props = { ...sent, events: sent.initialEvents.map(unpackEvent) };
  const labels = new Map(props.actors.map((a) => [a.id, a.name]));
  const noop = () => {};
  const callbacks = { onToggleDetails: noop, onEdit: noop, onFlags: noop, onDelete: noop };
  const tree = () =>
    React.createElement(
      "div",
      null,
      React.createElement(MilestonesPanel, {
        milestones: props.milestones,
        zone: props.zone,
        canEdit: true,
        save: () => Promise.resolve({ status: "error" as const, kind: "expected" as const, formError: "" }),
        onSaved: noop,
      }),
      React.createElement(
        "ol",
        null,
        props.events.map((event) =>
          React.createElement(EventRow, {
            key: event.id,
            event,
            actorLabel: event.actorId ? (labels.get(event.actorId) ?? null) : null,
            zone: props.zone,
            localZone: null,
            canEdit: true,
            expanded: false,
            highlighted: false,
            busy: false,
            callbacks,
          }),
        ),
      ),
    );
  let html = "";
  for (let i = 0; i < 5; i++) html = renderToString(tree()); // warm up
  const samples: number[] = [];
  for (let i = 0; i < RENDER_RUNS; i++) {
    const t0 = performance.now();
    html = renderToString(tree());
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const p50 = samples[Math.floor(RENDER_RUNS / 2)]!;
  const p90 = samples[Math.floor(RENDER_RUNS * 0.9)]!;
  console.log(
    `${`timeline rows to HTML (${props.events.length} rows)`.padEnd(44)} p50 ${p50.toFixed(1).padStart(7)} ms   p90 ${p90.toFixed(1).padStart(7)} ms   target < 40 ms   ${(html.length / 1024).toFixed(0)} KiB HTML`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2]) {
  renderRows(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
