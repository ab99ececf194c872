// What every import parser returns. Pure data, usable in the browser and on
// the server (the server always parses again; it never trusts a client parse).
import type { ActorKind, EventType } from "@/lib/timeline/types";

export const importSources = ["CSV", "SLACK", "JSONL"] as const;
export type ImportSourceKind = (typeof importSources)[number];

export const importSourceLabels: Record<ImportSourceKind, string> = {
  CSV: "CSV file",
  SLACK: "Slack channel export",
  JSONL: "Agent or tool log (JSON lines)",
};

/** One row that can become a timeline event. */
export type ParsedRow = {
  /** Row number as the user sees it: CSV row (header = 1), JSONL line, Slack message index. */
  row: number;
  /** "row 5", "line 7", "message 14 (2026-11-20.json)". */
  label: string;
  occurredAt: Date;
  actorName: string | null;
  actorKind: ActorKind | null;
  type: EventType;
  /** Markdown. */
  description: string;
  links: string[];
  warnings: string[];
};

export type RowError = { row: number; label: string; reason: string };

export type ParseResult = {
  rows: ParsedRow[];
  errors: RowError[];
  /** Rows left out on purpose (Slack joins, messages outside the range…), by reason. */
  skipped: Record<string, number>;
  /** Data rows / lines / messages looked at. */
  totalRows: number;
  /** A problem with the whole file (size, not JSON…): nothing else is reported. */
  fatal: string | null;
};

export function emptyResult(fatal: string | null = null): ParseResult {
  return { rows: [], errors: [], skipped: {}, totalRows: 0, fatal };
}

export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_ACTOR_NAME_LENGTH = 120;
