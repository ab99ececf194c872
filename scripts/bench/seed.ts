// Fills a bench database with postmortems the way a busy team's would look:
// each with 8 sections, 3 actors (a person, an AI agent, a pipeline), 30
// timeline events (a quarter pinned), 5 action items and 3 contributing
// factors. One INSERT … SELECT generate_series per table, so 100,000
// postmortems (4.9 million rows) take minutes, not hours.
//
// Every value here is made by this file (numbers and our own ids), so the SQL
// is built as text; nothing comes from outside.
import type { SqlRunner } from "../../lib/db/migrate";

export type BenchWorld = { teamId: string; userId: string; sessionId: string };

const TEAM = "bench-team";
const USER = "bench-user";
const SESSION = "bench-session";

/** The team, a writer in it with a session, and a second team whose data must stay invisible. */
export async function seedWorld(sql: SqlRunner): Promise<BenchWorld> {
  await sql.exec(`
    INSERT INTO "Team" ("id","slug","name","updatedAt") VALUES
      ('${TEAM}','bench','Bench',now()), ('bench-other','bench-other','Other team',now());
    INSERT INTO "User" ("id","email","name","updatedAt") VALUES
      ('${USER}','bench@example.test','Bench Writer',now());
    INSERT INTO "Membership" ("id","teamId","userId","role","updatedAt") VALUES
      ('bench-membership','${TEAM}','${USER}','WRITER',now());
    INSERT INTO "UserSession" ("id","userId","userAgent") VALUES ('${SESSION}','${USER}','bench');
  `);
  return { teamId: TEAM, userId: USER, sessionId: SESSION };
}

const sectionTitles = [
  "Summary",
  "Impact",
  "Detection",
  "Response",
  "Recovery",
  "Contributing factors",
  "What went well",
  "Lessons",
];
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

const body =
  "The deploy pipeline promoted build 4812 to production at 14:02 UTC while the canary was still " +
  "reporting elevated 5xx rates. The coding agent, acting with the staging credentials it had " +
  "inherited, ran the schema migration against the production replica. **What we knew then:** the " +
  "dashboards showed green because the alert threshold was averaged over ten minutes.\n\n" +
  "- Requests to `/checkout` failed for 38 minutes\n- Support received 214 tickets\n";

/** Adds postmortems numbered from..to (inclusive) to the bench team. */
export async function seedPostmortems(sql: SqlRunner, world: BenchWorld, from: number, to: number) {
  const team = world.teamId;
  const user = world.userId;
  const range = `p."teamId" = '${team}' AND p."number" BETWEEN ${from} AND ${to}`;
  await sql.exec(`
    INSERT INTO "Postmortem" ("id","teamId","number","title","summary","severity","status",
      "incidentTimeZone","startedAt","detectedAt","acknowledgedAt","mitigatedAt","resolvedAt",
      "ownerId","createdById","openFlagCount","createdAt","updatedAt")
    SELECT 'bp' || g, '${team}', g,
      'Incident ' || g || ': ' || (${sqlArray([
        "checkout latency after deploy",
        "agent rebuilt the staging database",
        "queue backlog in payments",
        "expired TLS certificate",
        "DNS change took the API down",
      ])})[1 + g % 5],
      'Customers could not complete checkout while a migration held a lock.',
      (ARRAY['SEV1','SEV2','SEV3','SEV4'])[1 + g % 4]::"Severity",
      (ARRAY['DRAFT','IN_REVIEW','PUBLISHED','PUBLISHED','PUBLISHED','NOT_REQUIRED'])[1 + g % 6]::"PostmortemStatus",
      'Europe/Berlin', t, t + (3 + g % 30) * interval '1 minute', t + (8 + g % 40) * interval '1 minute',
      t + (30 + g % 90) * interval '1 minute', t + (60 + g % 300) * interval '1 minute',
      '${user}', '${user}', CASE WHEN g % 10 = 0 THEN 1 ELSE 0 END, t, t + interval '2 days'
    FROM generate_series(${from}, ${to}) g,
      LATERAL (SELECT timestamptz '2016-01-01 00:00Z' + g * interval '25 minutes' AS t) x;
  `);
  await sql.exec(`
    INSERT INTO "Section" ("id","postmortemId","position","key","title","body","updatedAt")
    SELECT p."id" || 's' || s, p."id", s, 'section-' || s, (${sqlArray(sectionTitles)})[s],
      '${body}', p."updatedAt"
    FROM "Postmortem" p CROSS JOIN generate_series(1, 8) s WHERE ${range};
  `);
  await sql.exec(`
    INSERT INTO "Actor" ("id","postmortemId","kind","name","role","model","autonomy",
      "permissionsGranted","permissionsNeeded","permissionsUsed","updatedAt")
    SELECT p."id" || 'a1', p."id", 'PERSON'::"ActorKind", 'On-call engineer', 'SRE', NULL, NULL::"AgentAutonomy",
      '{}'::text[], '{}'::text[], '{}'::text[], p."updatedAt"
      FROM "Postmortem" p WHERE ${range}
    UNION ALL
    SELECT p."id" || 'a2', p."id", 'AI_AGENT'::"ActorKind", 'Coding agent', 'Assistant', 'claude-sonnet',
      'ACTS_WITH_APPROVAL'::"AgentAutonomy",
      '{db:write,db:drop,deploy:prod}', '{db:read}', '{db:drop}', p."updatedAt"
      FROM "Postmortem" p WHERE ${range}
    UNION ALL
    SELECT p."id" || 'a3', p."id", 'AUTOMATION'::"ActorKind", 'Deploy pipeline', '', NULL, NULL, '{deploy:prod}', '{deploy:prod}',
      '{deploy:prod}', p."updatedAt"
      FROM "Postmortem" p WHERE ${range};
  `);
  await sql.exec(`
    INSERT INTO "TimelineEvent" ("id","postmortemId","occurredAt","type","description","actorId","pinned",
      "knownAtTheTime","environment","updatedAt")
    SELECT p."id" || 'e' || e, p."id", p."startedAt" + e * interval '2 minutes',
      (ARRAY['ALERT','ACTION','DECISION','COMMUNICATION','ESCALATION','MITIGATION'])[1 + e % 6]::"EventType",
      'Step ' || e || ': the agent ran the migration; the pager fired for checkout errors',
      p."id" || 'a' || (1 + e % 3), e % 4 = 0, 'Dashboards were green', 'PRODUCTION'::"Environment", p."updatedAt"
    FROM "Postmortem" p CROSS JOIN generate_series(1, 30) e WHERE ${range};
  `);
  await sql.exec(`
    INSERT INTO "ActionItem" ("id","postmortemId","title","type","priority","status","dueDate","updatedAt")
    SELECT p."id" || 'i' || k, p."id", 'Scope the agent''s credentials to staging (' || k || ')',
      (ARRAY['PREVENT','DETECT','MITIGATE','PROCESS','PREVENT'])[k]::"ActionType",
      (ARRAY['URGENT','HIGH','MEDIUM','LOW','HIGH'])[k]::"Priority",
      (ARRAY['OPEN','IN_PROGRESS','DONE','OPEN','WONT_DO'])[k]::"ActionStatus",
      (p."startedAt" + k * interval '14 days')::date, p."updatedAt"
    FROM "Postmortem" p CROSS JOIN generate_series(1, 5) k WHERE ${range};
  `);
  await sql.exec(`
    WITH f AS (SELECT "id", row_number() OVER (ORDER BY "key") - 1 AS n, count(*) OVER () AS total
               FROM "ContributingFactor")
    INSERT INTO "PostmortemFactor" ("id","postmortemId","factorId","explanation","updatedAt")
    SELECT p."id" || 'f' || k, p."id", f."id", 'The agent held permissions it did not need.', p."updatedAt"
    FROM "Postmortem" p CROSS JOIN generate_series(0, 2) k
    JOIN f ON f.n = (p."number" * 7 + k * 5) % f.total
    WHERE ${range};
  `);
}

/** One more postmortem with `events` timeline events (the timeline page's worst case). */
export async function seedLongTimeline(sql: SqlRunner, world: BenchWorld, number: number, events: number) {
  const id = `bench-timeline`;
  await sql.exec(
    `
    INSERT INTO "Postmortem" ("id","teamId","number","title","severity","status","incidentTimeZone",
      "startedAt","ownerId","createdById","updatedAt")
    VALUES ('${id}','${world.teamId}',${number},'Timeline bench (${events} events)','SEV1','DRAFT',
      'Europe/Berlin', timestamptz '2026-11-20 13:00Z','${world.userId}','${world.userId}', timestamptz '2015-01-01');
    INSERT INTO "Actor" ("id","postmortemId","kind","name","role","updatedAt")
    SELECT '${id}a' || a, '${id}', (ARRAY['PERSON','AI_AGENT','AUTOMATION','PERSON'])[a]::"ActorKind",
      (ARRAY['Incident commander','Coding agent','Deploy pipeline','Database engineer'])[a], '', now()
    FROM generate_series(1, 4) a;
    INSERT INTO "TimelineEvent" ("id","postmortemId","occurredAt","type","description","actorId","pinned",
      "knownAtTheTime","updatedAt")
    SELECT '${id}e' || e, '${id}', timestamptz '2026-11-20 13:00Z' + e * interval '20 seconds',
      (ARRAY['ALERT','ACTION','DECISION','COMMUNICATION','ACTION','ESCALATION','OTHER'])[1 + e % 7]::"EventType",
      'Event ' || e || ': replica lag reached ' || (e % 90) || ' s; the agent retried the **migration** on ` +
      `\`orders\`', '${id}a' || (1 + e % 4), e % 50 = 0,
      CASE WHEN e % 5 = 0 THEN 'The runbook said the replica was read-only' ELSE '' END, now()
    FROM generate_series(1, ${events}) e;
  `,
  );
  return id;
}

/** Statistics and a visibility map, as autovacuum would leave them on a live server. */
export async function settle(sql: SqlRunner, mode: "embedded" | "postgres") {
  await sql.exec(mode === "postgres" ? "VACUUM ANALYZE" : "ANALYZE");
}
