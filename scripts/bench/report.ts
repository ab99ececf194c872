// Prints the page benchmark's figures: one table per database size, then a
// summary across sizes with the targets and whether each is met.
import type { PageFigures } from "./pages";

export type ScaleRun = { database: "PostgreSQL" | "PGlite"; scale: number; pages: PageFigures[] };

/** The targets (issue 9): p95 at 10k, growth from 1k to 100k, statements, the long timeline, PGlite. */
export const TARGETS = {
  p95At10kMs: 150,
  timelineP95Ms: 500,
  timelineBytes: 500_000,
  documentStatements: 10,
  growth100kOver1k: 1.5,
  pgliteOverPostgres: 1.5,
};

const ms = (n: number) => `${n.toFixed(0)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;
const pad = (s: string, n: number) => s.padStart(n);

export function printScale(run: ScaleRun) {
  console.log(
    `  ${"page".padEnd(30)}${pad("p50", 9)}${pad("p95", 9)}${pad("CPU/req", 10)}${pad("SQL", 6)}${pad("HTML", 9)}`,
  );
  for (const p of run.pages)
    console.log(
      `  ${p.label.padEnd(30)}${pad(ms(p.p50), 9)}${pad(ms(p.p95), 9)}${pad(ms(p.cpuMs), 10)}${pad(String(p.statements), 6)}${pad(kb(p.bytes), 9)}`,
    );
}

type Check = { what: string; figure: string; ok: boolean };

function find(runs: ScaleRun[], database: ScaleRun["database"], scale: number) {
  return runs.find((r) => r.database === database && r.scale === scale);
}

export function printSummary(runs: ScaleRun[]) {
  if (runs.length === 0) return;
  const columns = runs.map((r) => `${r.database === "PGlite" ? "PGlite " : ""}${r.scale / 1000}k`);
  console.log(`\np95 at ${runs.length} sizes`);
  console.log(`  ${"page".padEnd(30)}${columns.map((c) => pad(c, 11)).join("")}${pad("SQL", 6)}`);
  for (const [i, page] of runs[0]!.pages.entries())
    console.log(
      `  ${page.label.padEnd(30)}${runs.map((r) => pad(ms(r.pages[i]!.p95), 11)).join("")}${pad(String(page.statements), 6)}`,
    );

  const checks: Check[] = [];
  const pg1k = find(runs, "PostgreSQL", 1_000);
  const pg10k = find(runs, "PostgreSQL", 10_000);
  const pg100k = find(runs, "PostgreSQL", 100_000);
  const lite10k = find(runs, "PGlite", 10_000);
  for (const run of runs.filter((r) => r.database === "PostgreSQL")) {
    for (const p of run.pages) {
      if (p.key === "timeline") {
        checks.push({
          what: `timeline p95 at ${run.scale / 1000}k < ${TARGETS.timelineP95Ms} ms`,
          figure: ms(p.p95),
          ok: p.p95 < TARGETS.timelineP95Ms,
        });
        checks.push({
          what: `timeline HTML < ${kb(TARGETS.timelineBytes)}`,
          figure: kb(p.bytes),
          ok: p.bytes < TARGETS.timelineBytes,
        });
      }
      if (p.key === "document" || p.key === "published")
        checks.push({
          what: `${p.label} in ≤ ${TARGETS.documentStatements} SQL statements`,
          figure: String(p.statements),
          ok: p.statements <= TARGETS.documentStatements,
        });
    }
  }
  if (pg10k)
    for (const p of pg10k.pages.filter((p) => p.key !== "timeline"))
      checks.push({
        what: `${p.label}: p95 at 10k ≤ ${TARGETS.p95At10kMs} ms`,
        figure: ms(p.p95),
        ok: p.p95 <= TARGETS.p95At10kMs,
      });
  if (pg1k && pg100k)
    for (const [i, p] of pg100k.pages.entries()) {
      const ratio = p.p95 / pg1k.pages[i]!.p95;
      checks.push({
        what: `${p.label}: p95 100k / 1k ≤ ${TARGETS.growth100kOver1k}`,
        figure: ratio.toFixed(2),
        ok: ratio <= TARGETS.growth100kOver1k,
      });
    }
  if (pg10k && lite10k)
    for (const [i, p] of lite10k.pages.entries()) {
      const ratio = p.p95 / pg10k.pages[i]!.p95;
      checks.push({
        what: `${p.label}: p95 PGlite / PostgreSQL at 10k ≤ ${TARGETS.pgliteOverPostgres}`,
        figure: ratio.toFixed(2),
        ok: ratio <= TARGETS.pgliteOverPostgres,
      });
    }
  // Dedupe (the document and timeline checks repeat per size with the same text).
  const seen = new Set<string>();
  const lines = checks.filter((c) => {
    const key = `${c.what} ${c.figure}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (lines.length === 0) return;
  console.log("\nTargets");
  for (const c of lines) console.log(`  ${c.ok ? "✓" : "✗"} ${c.what.padEnd(58)} ${c.figure}`);
  const missed = lines.filter((c) => !c.ok).length;
  console.log(missed ? `  ${missed} of ${lines.length} targets missed` : `  all ${lines.length} targets met`);
}
