// Timeline imports: what the browser sends (the file text and the options)
// and what the preview, the confirm stream and the history return.
import { z } from "zod";
import { nulStrippedText, text } from "./text";
import { idempotencyKeySchema } from "../idempotency";
import { csvFields } from "../import/csv";
import { formatBytes, MAX_IMPORT_BYTES } from "../import/limits";
import type { RowError } from "../import/types";
import type { ActorKind, EventType } from "../timeline/types";

// Characters, not bytes: a text longer than the byte limit in characters is
// certainly over it; the parsers check the exact byte size with a clear message.
// Files are not typed by the user: their NUL characters are removed, not refused
// (server/imports/prepare.ts also strips NULs that JSON escapes bring into rows).
const fileText = nulStrippedText().pipe(
  text().max(MAX_IMPORT_BYTES, `This file is larger than ${formatBytes(MAX_IMPORT_BYTES)}; split it.`),
);
const fileName = nulStrippedText().pipe(text().trim().min(1).max(255));
const column = z.number().int().min(0).max(500).nullable();
const localTime = text()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?)?$/, "Use a date and time.");

export const csvImportSchema = z.object({
  source: z.literal("CSV"),
  fileName,
  text: fileText,
  mapping: z.object(
    Object.fromEntries(csvFields.map((f) => [f, column])) as Record<
      (typeof csvFields)[number],
      typeof column
    >,
  ),
});

export const slackImportSchema = z.object({
  source: z.literal("SLACK"),
  files: z
    .array(z.object({ name: fileName, text: fileText }))
    .min(1, "Choose at least one Slack export file.")
    .max(400, "Choose at most 400 day files."),
  /** Wall-clock times in the incident zone; "" leaves that end open. */
  from: localTime,
  to: localTime,
});

export const jsonlImportSchema = z.object({
  source: z.literal("JSONL"),
  fileName,
  text: fileText,
  agent: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("existing"), actorId: text().min(1).max(64) }),
    z.object({
      kind: z.literal("new"),
      name: text().trim().min(1, "Name the agent these tool calls belong to.").max(120),
    }),
  ]),
});

export const importInputSchema = z.discriminatedUnion("source", [
  csvImportSchema,
  slackImportSchema,
  jsonlImportSchema,
]);
export type ImportInput = z.output<typeof importInputSchema>;

/** The body of POST …/timeline/import/run; a confirm carries the attempt's idempotency key. */
export const importRequestSchema = z
  .object({
    mode: z.enum(["preview", "confirm"]),
    input: importInputSchema,
    idempotencyKey: idempotencyKeySchema.optional(),
  })
  .refine((v) => v.mode === "preview" || v.idempotencyKey, {
    path: ["idempotencyKey"],
    message: "This request has no id. Reload the page and try again.",
  });
export type ImportRequest = z.output<typeof importRequestSchema>;

/** How many preview rows and errors travel to the browser. */
export const PREVIEW_ROW_LIMIT = 100;
export const PREVIEW_ERROR_LIMIT = 500;

export type PreviewRow = {
  row: number;
  label: string;
  /** ISO 8601, UTC. */
  occurredAt: string;
  actorName: string | null;
  type: EventType;
  description: string;
  links: string[];
  warnings: string[];
  duplicate: boolean;
};

export type ImportPreview = {
  source: "CSV" | "SLACK" | "JSONL";
  fileName: string;
  zone: string;
  /** Data rows, lines or messages in the file(s). */
  totalRows: number;
  /** Rows without errors (duplicates included). */
  validRows: number;
  /** What "Import" would add: valid rows minus duplicates. */
  importCount: number;
  duplicateCount: number;
  errorCount: number;
  warningCount: number;
  skipped: { reason: string; count: number }[];
  /** The first PREVIEW_ROW_LIMIT rows. */
  rows: PreviewRow[];
  /** The first PREVIEW_ERROR_LIMIT errors (errorCount has the total). */
  errors: RowError[];
  /** Row labels of the duplicates (first PREVIEW_ERROR_LIMIT). */
  duplicates: { row: number; label: string }[];
  actorsToCreate: { name: string; kind: ActorKind }[];
  actorsMatched: { name: string; kind: ActorKind }[];
};

export type ImportResult = {
  batchId: string;
  imported: number;
  duplicates: number;
  errors: number;
  actorsCreated: number;
};

/** One line of the confirm stream (NDJSON). */
export type ImportProgress =
  | { phase: "checking" | "inserting"; done: number; total: number }
  | { phase: "done"; result: ImportResult }
  | { phase: "error"; message: string };

export type ImportBatchView = {
  id: string;
  source: "CSV" | "SLACK" | "JSONL";
  fileName: string;
  rowCount: number;
  duplicateCount: number;
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
  undoneAt: string | null;
  /** Events of the batch still on the timeline. */
  liveEvents: number;
};
