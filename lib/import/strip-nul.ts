// PostgreSQL refuses NUL characters in text. A file's raw NULs are removed
// by the import schema; JSON escapes (\u0000 in a Slack export or an agent
// log) bring them back in parsed values, so rows are cleaned here too.
import { stripNul } from "../schemas/text";
import type { ParseResult, ParsedRow } from "./types";

export const NUL_WARNING = "Removed invisible NUL characters.";

function cleanRow(row: ParsedRow): ParsedRow {
  const description = stripNul(row.description);
  const actorName = row.actorName === null ? null : stripNul(row.actorName);
  const links = row.links.map(stripNul);
  const changed =
    description !== row.description ||
    actorName !== row.actorName ||
    links.some((l, i) => l !== row.links[i]);
  if (!changed) return row;
  return {
    ...row,
    description,
    actorName: actorName || null,
    links: links.filter(Boolean),
    label: stripNul(row.label),
    warnings: [...row.warnings.map(stripNul), NUL_WARNING],
  };
}

/**
 * The parse result with NUL characters removed from every row (flagged with
 * a warning); a row left without a description becomes an error.
 */
export function stripNulFromRows(result: ParseResult): ParseResult {
  const rows: ParsedRow[] = [];
  const errors = result.errors.map((e) => ({ ...e, label: stripNul(e.label), reason: stripNul(e.reason) }));
  for (const row of result.rows.map(cleanRow)) {
    if (row.description.trim()) rows.push(row);
    else
      errors.push({ row: row.row, label: row.label, reason: "No description (only invisible characters)." });
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...result, rows, errors };
}
