// JSON-lines log of an AI agent or a tool: one object per line with a time
// and a tool call (or a message). The agent the user picks is the actor.
import { checkDescription } from "./fields";
import { checkBytes, MAX_IMPORT_ROWS, tooManyRowsMessage } from "./limits";
import { parseImportTime } from "./time";
import { emptyResult, type ParseResult, type ParsedRow, type RowError } from "./types";

export type AgentLogOptions = { agentName: string; zone: string };

const TIME_KEYS = ["timestamp", "ts", "time", "created_at", "createdAt", "datetime"] as const;
const TOOL_KEYS = ["tool", "tool_name", "toolName", "name", "action", "function"] as const;
const INPUT_KEYS = ["input", "args", "arguments", "parameters", "params"] as const;
const OUTPUT_KEYS = ["output", "result", "response"] as const;
const MESSAGE_KEYS = ["message", "text", "content", "thought"] as const;

const ARGS_LIMIT = 200;
const OUTPUT_LIMIT = 200;

function pick(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key];
  return undefined;
}

function truncate(text: string, limit: number) {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Inline code that survives backticks in the content. */
function code(text: string) {
  const oneLine = text.replace(/\s*\n\s*/g, " ");
  return oneLine.includes("`") ? `\`\` ${oneLine} \`\`` : `\`${oneLine}\``;
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}

function toolName(value: unknown): string {
  if (typeof value === "string") return value.trim();
  // OpenAI-style { function: { name, arguments } }
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string")
    return ((value as { name: string }).name ?? "").trim();
  return "";
}

/** "Called `delete_environment` with `{"env":"prod"}` → error: permission denied". */
export function describeToolCall(record: Record<string, unknown>): string | null {
  const tool = toolName(pick(record, TOOL_KEYS));
  if (!tool) return null;
  const fn = record.function as { arguments?: unknown } | undefined;
  const input = pick(record, INPUT_KEYS) ?? (fn && typeof fn === "object" ? fn.arguments : undefined);
  let text = `Called ${code(truncate(tool, 120))}`;
  if (input !== undefined && asText(input) !== "{}" && asText(input) !== "")
    text += ` with ${code(truncate(asText(input), ARGS_LIMIT))}`;
  const error = record.error;
  const status = typeof record.status === "string" ? record.status.trim() : "";
  const output = pick(record, OUTPUT_KEYS);
  if (error !== undefined && error !== null && error !== false && asText(error) !== "") {
    text += ` → error: ${truncate(asText(error).replace(/\s+/g, " "), OUTPUT_LIMIT)}`;
  } else if (output !== undefined && asText(output) !== "") {
    text += ` → ${status ? `${status}: ` : ""}${truncate(asText(output).replace(/\s+/g, " "), OUTPUT_LIMIT)}`;
  } else if (status) {
    text += ` → ${status}`;
  }
  return text;
}

export function parseAgentLog(text: string, options: AgentLogOptions): ParseResult {
  const bytes = checkBytes(text);
  if (bytes) return emptyResult(bytes);
  const agentName = options.agentName.trim();
  if (!agentName) return emptyResult("Choose the agent these tool calls belong to.");
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const nonEmpty = lines.reduce((n, l) => (l.trim() ? n + 1 : n), 0);
  if (nonEmpty > MAX_IMPORT_ROWS) return emptyResult(tooManyRowsMessage(nonEmpty, "lines"));
  if (nonEmpty === 0) return emptyResult("The file is empty.");

  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const row = i + 1;
    const label = `line ${row}`;
    const fail = (reason: string) => errors.push({ row, label, reason });
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      fail("Not valid JSON (each line must be one JSON object).");
      return;
    }
    if (!record || typeof record !== "object" || Array.isArray(record)) {
      fail("Not a JSON object.");
      return;
    }
    const obj = record as Record<string, unknown>;
    const rawTime = pick(obj, TIME_KEYS);
    if (rawTime === undefined) {
      fail("No time (expected a timestamp, ts, time or created_at field).");
      return;
    }
    const time =
      typeof rawTime === "number" || typeof rawTime === "string"
        ? parseImportTime(rawTime, options.zone)
        : ({ ok: false, reason: "The time field is not a string or a number." } as const);
    if (!time.ok) {
      fail(time.reason);
      return;
    }
    let description = describeToolCall(obj);
    let type: ParsedRow["type"] = "ACTION";
    if (description === null) {
      const message = pick(obj, MESSAGE_KEYS);
      if (typeof message === "string" && message.trim()) {
        // What the agent said (reasoning, claims) rather than what it did.
        description = message.trim();
        type = "COMMUNICATION";
      } else {
        fail("No tool call (expected tool, tool_name, name or action) and no message.");
        return;
      }
    }
    const descriptionError = checkDescription(description);
    if (descriptionError) {
      fail(descriptionError);
      return;
    }
    rows.push({
      row,
      label,
      occurredAt: time.date,
      actorName: agentName,
      actorKind: "AI_AGENT",
      type,
      description,
      links: [],
      warnings: time.warning ? [time.warning] : [],
    });
  });
  return { rows, errors, skipped: {}, totalRows: nonEmpty, fatal: null };
}
