// Import benchmark: a 10,000-row CSV and a 10,000-line agent log, parsed,
// previewed and imported into one postmortem; prints the figures (no
// assertions: targets are read by people, "in seconds").
//
// From scripts/bench.ts, after the database is in place:
//   const { benchImport } = await import("./bench/import");
//   await benchImport({ db, actor, postmortemId });   // a DRAFT postmortem the actor may edit
// Alone, on a fresh in-memory PGlite (or BENCH_DATABASE_URL):
//   node --conditions=react-server --import tsx scripts/bench/import.ts
import { performance } from "node:perf_hooks";
import type { DbClient } from "../../lib/db/connect";
import type { Actor } from "../../server/auth/actor";

const ROWS = 10_000;
const ZONE_FALLBACK = "Europe/Berlin";

function makeCsv(start: number): string {
  const types = ["alert", "action", "decision", "communication", "mitigation", "escalation"];
  const lines = ["time,actor,type,description,link"];
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(start + i * 7_000).toISOString().slice(0, 19).replace("T", " ");
    lines.push(
      `${at},Responder ${i % 25},${types[i % types.length]},"Step ${i}: checked the ${i % 3 ? "pool" : "cache"}, saw ${i % 97} errors",https://logs.example/q/${i}`,
    );
  }
  return lines.join("\n");
}

function makeJsonl(start: number): string {
  const lines: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      JSON.stringify({
        timestamp: new Date(start + i * 3_000).toISOString(),
        tool: ["run_shell", "read_file", "delete_environment", "kubectl"][i % 4],
        input: { cmd: `step ${i}`, env: i % 5 ? "staging" : "prod" },
        ...(i % 11 ? { output: `ok ${i}` } : { error: "permission denied" }),
      }),
    );
  }
  return lines.join("\n");
}

async function timed<T>(label: string, fn: () => Promise<T> | T, extra = ""): Promise<T> {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms${extra ? `   ${extra}` : ""}`);
  return value;
}

export async function benchImport({
  db,
  actor,
  postmortemId,
}: {
  db: DbClient;
  actor: Actor;
  postmortemId: string;
}) {
  const { parseCsv } = await import("../../lib/import/csv");
  const { parseAgentLog } = await import("../../lib/import/jsonl");
  const { previewImport } = await import("../../server/imports/queries");
  const { confirmImport, undoImport } = await import("../../server/imports/mutations");

  const pm = await db.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    select: { incidentTimeZone: true },
  });
  const zone = pm.incidentTimeZone || ZONE_FALLBACK;
  const start = Date.UTC(2026, 10, 20, 12, 0, 0);
  const csvText = makeCsv(start);
  const jsonlText = makeJsonl(start + 3_600_000);
  const mapping = { time: 0, actor: 1, type: 2, description: 3, link: 4 };
  const csv = { source: "CSV" as const, fileName: "bench.csv", text: csvText, mapping };
  const jsonl = {
    source: "JSONL" as const,
    fileName: "bench.jsonl",
    text: jsonlText,
    agent: { kind: "new" as const, name: "Bench agent" },
  };

  console.log(
    `\nImport: ${ROWS.toLocaleString("en-US")} rows each (CSV ${(csvText.length / 1e6).toFixed(1)} MB, JSON lines ${(jsonlText.length / 1e6).toFixed(1)} MB), target: a few seconds`,
  );
  await timed("parse CSV (pure)", () => parseCsv(csvText, { zone, mapping }).rows.length);
  await timed(
    "parse JSON lines (pure)",
    () => parseAgentLog(jsonlText, { agentName: "Bench agent", zone }).rows.length,
  );
  await timed("preview CSV (server parse + duplicates)", () => previewImport(actor, postmortemId, csv));
  let updates = 0;
  const csvResult = await timed("confirm CSV (one transaction, chunks of 500)", () =>
    confirmImport(actor, postmortemId, csv, () => updates++),
  );
  console.log(`${"".padEnd(44)}          ${csvResult.imported} events, ${updates} progress updates`);
  await timed("preview same CSV again (all duplicates)", () => previewImport(actor, postmortemId, csv));
  await timed("preview JSON lines (10,000 events present)", () => previewImport(actor, postmortemId, jsonl));
  const jsonlResult = await timed("confirm JSON lines", () => confirmImport(actor, postmortemId, jsonl));
  await timed("undo the JSON-lines import", () => undoImport(actor, postmortemId, jsonlResult.batchId));
  await timed("undo the CSV import", () => undoImport(actor, postmortemId, csvResult.batchId));
}

// Stand-alone run.
if (process.argv[1]?.endsWith("import.ts")) {
  void (async () => {
    const { openMigratedDatabase } = await import("../../lib/db/connect");
    const url = process.env.BENCH_DATABASE_URL;
    const database = await openMigratedDatabase(
      url ? { mode: "postgres", url } : { mode: "embedded", dataDir: null },
    );
    (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase = database;
    const { db } = await import("../../lib/db");
    const { loadActor } = await import("../../server/auth/actor");
    const stamp = Date.now();
    const team = await db.team.create({ data: { name: "Bench import", slug: `bench-import-${stamp}` } });
    const user = await db.user.create({
      data: { email: `bench-import-${stamp}@example.test`, name: "Bench" },
    });
    await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "WRITER" } });
    const pm = await db.postmortem.create({
      data: {
        teamId: team.id,
        number: 1,
        title: "Import bench",
        severity: "SEV3",
        incidentTimeZone: ZONE_FALLBACK,
        ownerId: user.id,
        createdById: user.id,
      },
    });
    const session = await db.userSession.create({ data: { userId: user.id }, select: { id: true } });
    const actor = (await loadActor(
      { userId: user.id, sessionId: session.id, sessionVersion: 1, authTime: Date.now() },
      3_600_000,
    ))!;
    console.log(`Import benchmark on ${database.mode}`);
    await benchImport({ db: database.prisma, actor, postmortemId: pm.id });
    await database.close();
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
