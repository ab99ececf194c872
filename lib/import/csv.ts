// CSV timeline import: a header row, a column mapping (guessed from the
// header, changeable by the user), one event per data row.
import Papa from "papaparse";
import { mapEventType } from "./event-type";
import { checkDescription, cleanActorName, parseLinks } from "./fields";
import { checkBytes, MAX_IMPORT_ROWS, tooManyRowsMessage } from "./limits";
import { parseImportTime } from "./time";
import { emptyResult, type ParseResult, type ParsedRow, type RowError } from "./types";

export const csvFields = ["time", "actor", "type", "description", "link"] as const;
export type CsvField = (typeof csvFields)[number];
/** Column index (0-based) for each field, or null when the file has no such column. */
export type CsvMapping = Record<CsvField, number | null>;

export const csvFieldLabels: Record<CsvField, string> = {
  time: "Time",
  actor: "Actor",
  type: "Type",
  description: "Description",
  link: "Link",
};

const headerWords: Record<CsvField, RegExp> = {
  time: /^(time|timestamp|date ?time|date|when|occurred( ?at)?|at|time ?\(.*\)|start(ed)?( ?at)?)$/,
  actor: /^(actor|who|by|user|author|person|owner|responder|agent)$/,
  type: /^(type|kind|category|event ?type)$/,
  description: /^(description|event|what|message|text|summary|details?|note|notes|activity)$/,
  link: /^(link|links|url|evidence|source|ref|reference)$/,
};

/** A guess at the mapping from the header names; the user can change it. */
export function guessCsvMapping(header: string[]): CsvMapping {
  const mapping: CsvMapping = { time: null, actor: null, type: null, description: null, link: null };
  const taken = new Set<number>();
  for (const field of csvFields) {
    const index = header.findIndex(
      (h, i) => !taken.has(i) && headerWords[field].test(h.trim().toLowerCase().replace(/[_-]+/g, " ")),
    );
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

function parseRecords(text: string) {
  // Strip a byte-order mark (Excel adds one) so the first header is clean.
  const clean = text.replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(clean, { header: false, skipEmptyLines: "greedy" });
}

/** The header row only (for the mapping step in the browser). */
export function readCsvHeader(text: string): string[] {
  const firstLines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 20)
    .join("\n");
  const parsed = Papa.parse<string[]>(firstLines, { header: false, skipEmptyLines: "greedy", preview: 1 });
  return (parsed.data[0] ?? []).map((h) => h.trim());
}

export type CsvOptions = { mapping: CsvMapping; zone: string };

export function parseCsv(text: string, options: CsvOptions): ParseResult {
  const bytes = checkBytes(text);
  if (bytes) return emptyResult(bytes);
  const { mapping, zone } = options;
  if (mapping.time === null || mapping.description === null)
    return emptyResult("Choose the columns that hold the time and the description.");

  const parsed = parseRecords(text);
  const records = parsed.data;
  if (records.length === 0) return emptyResult("The file is empty.");
  const dataCount = records.length - 1;
  if (dataCount > MAX_IMPORT_ROWS) return emptyResult(tooManyRowsMessage(dataCount));
  if (dataCount === 0) return emptyResult("The file has a header row but no data rows.");

  const headerWidth = records[0]!.length;
  // Row numbers as a spreadsheet shows them: the header is row 1.
  const label = (index: number) => `row ${index + 1}`;
  const parseErrors = new Map<number, string>();
  for (const e of parsed.errors) {
    if (typeof e.row !== "number") continue;
    const reason =
      e.code === "MissingQuotes"
        ? 'A quoted field is never closed (a " is missing); the rest of the file is read as part of this row.'
        : e.code === "InvalidQuotes"
          ? 'A quote is misplaced inside a field (use "" for a quote inside a quoted field).'
          : e.message;
    if (!parseErrors.has(e.row)) parseErrors.set(e.row, reason);
  }

  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  const cell = (record: string[], index: number | null) => (index === null ? "" : (record[index] ?? ""));
  const needed = Math.max(...Object.values(mapping).filter((v): v is number => v !== null), 0);

  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    const row = i + 1;
    const fail = (reason: string) => errors.push({ row, label: label(i), reason });
    const quoteError = parseErrors.get(i);
    if (quoteError) {
      fail(quoteError);
      continue;
    }
    if (record.length <= needed) {
      fail(
        `Row has ${record.length} column${record.length === 1 ? "" : "s"}; the header has ${headerWidth}.`,
      );
      continue;
    }
    const time = parseImportTime(cell(record, mapping.time), zone);
    if (!time.ok) {
      fail(time.reason);
      continue;
    }
    const description = cell(record, mapping.description).trim();
    const descriptionError = checkDescription(description);
    if (descriptionError) {
      fail(descriptionError);
      continue;
    }
    const links = parseLinks(cell(record, mapping.link));
    if ("error" in links) {
      fail(links.error);
      continue;
    }
    const warnings: string[] = [];
    if (time.warning) warnings.push(time.warning);
    const type = mapEventType(cell(record, mapping.type));
    if (type.warning) warnings.push(type.warning);
    const actorName = cleanActorName(cell(record, mapping.actor));
    rows.push({
      row,
      label: label(i),
      occurredAt: time.date,
      actorName,
      actorKind: actorName ? "PERSON" : null,
      type: type.type,
      description,
      links: links.links,
      warnings,
    });
  }
  return { rows, errors, skipped: {}, totalRows: dataCount, fatal: null };
}
