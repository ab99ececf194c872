// Slack channel export: one or several day files (JSON arrays of messages),
// merged; only messages within the chosen range become COMMUNICATION events.
import { checkDescription, cleanActorName } from "./fields";
import { checkBytes, MAX_IMPORT_ROWS } from "./limits";
import { emptyResult, type ParseResult, type ParsedRow, type RowError } from "./types";

export type SlackFile = { name: string; text: string };
export type SlackOptions = { from: Date | null; to: Date | null };

type SlackMessage = {
  ts?: unknown;
  user?: unknown;
  username?: unknown;
  bot_id?: unknown;
  subtype?: unknown;
  text?: unknown;
  user_profile?: { real_name?: unknown; display_name?: unknown; name?: unknown } | null;
  bot_profile?: { name?: unknown } | null;
  files?: { name?: unknown; title?: unknown }[] | null;
};

// Channel housekeeping, not part of the incident conversation.
const SKIPPED_SUBTYPES: Record<string, string> = {
  channel_join: "joins and leaves",
  channel_leave: "joins and leaves",
  group_join: "joins and leaves",
  group_leave: "joins and leaves",
  channel_topic: "channel changes",
  channel_purpose: "channel changes",
  channel_name: "channel changes",
  channel_archive: "channel changes",
  channel_unarchive: "channel changes",
  group_topic: "channel changes",
  group_purpose: "channel changes",
  group_name: "channel changes",
  pinned_item: "pins",
  unpinned_item: "pins",
  message_changed: "edits and deletions",
  message_deleted: "edits and deletions",
  tombstone: "edits and deletions",
};

const str = (v: unknown) => (typeof v === "string" ? v : "");

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

function escapeLabel(label: string) {
  return label.replace(/([[\]\\])/g, "\\$1");
}

/**
 * Slack's markup to Markdown: <@U1> → @name, <#C1|ops> → #ops,
 * <!here> → @here, <https://x|label> → [label](https://x), entities decoded.
 */
export function cleanSlackText(text: string, users: ReadonlyMap<string, string> = new Map()): string {
  const replaced = text.replace(/<([^<>\s][^<>]*)>/g, (_all, inner: string) => {
    const [target = "", label] = inner.split("|", 2) as [string, string | undefined];
    const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
    if (target.startsWith("@")) {
      const id = target.slice(1);
      return `@${label ?? users.get(id) ?? id}`;
    }
    if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
    if (target.startsWith("!")) {
      const special = target.slice(1);
      if (special.startsWith("subteam^")) return label ?? "@team";
      if (special.startsWith("date^")) return label ?? "";
      return `@${label ?? special}`;
    }
    if (/^(https?|mailto):/i.test(target)) {
      const url = decode(target);
      if (target.toLowerCase().startsWith("mailto:")) return label ? decode(label) : url.slice(7);
      return label ? `[${escapeLabel(decode(label))}](${url})` : url;
    }
    return `<${inner}>`;
  });
  return replaced.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

function slackTime(ts: unknown): Date | null {
  const value =
    typeof ts === "number" ? ts : typeof ts === "string" && /^\d+(\.\d+)?$/.test(ts) ? Number(ts) : NaN;
  if (!Number.isFinite(value) || value <= 0) return null;
  return new Date(Math.round(value * 1000));
}

export function parseSlackExport(files: SlackFile[], options: SlackOptions): ParseResult {
  if (files.length === 0) return emptyResult("Choose at least one Slack export file.");
  const bytes = checkBytes(files.map((f) => f.text));
  if (bytes) return emptyResult(bytes);

  const messages: { file: string; index: number; message: SlackMessage }[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(file.text.replace(/^\uFEFF/, ""));
    } catch {
      return emptyResult(
        `${file.name} is not valid JSON. Choose the day files (e.g. 2026-11-20.json) from the channel's folder of a Slack export.`,
      );
    }
    if (!Array.isArray(data))
      return emptyResult(
        `${file.name} is not a list of messages. Choose the day files (e.g. 2026-11-20.json) from the channel's folder, not users.json or channels.json.`,
      );
    data.forEach((message: unknown, i) =>
      messages.push({ file: file.name, index: i + 1, message: (message ?? {}) as SlackMessage }),
    );
  }

  // Names for <@U123> mentions, from the messages themselves.
  const users = new Map<string, string>();
  for (const { message } of messages) {
    const id = str(message.user);
    const name = str(message.user_profile?.real_name) || str(message.user_profile?.display_name);
    if (id && name && !users.has(id)) users.set(id, name);
  }

  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const inRange: (() => void)[] = [];
  let inRangeCount = 0;

  messages.forEach(({ file, index, message }, n) => {
    const row = n + 1;
    const multi = files.length > 1;
    const baseLabel = `message ${multi ? index : row}${multi ? ` of ${file}` : ""}`;
    if (typeof message !== "object" || Array.isArray(message)) {
      errors.push({ row, label: baseLabel, reason: "Not a Slack message object." });
      return;
    }
    const subtype = str(message.subtype);
    if (subtype && SKIPPED_SUBTYPES[subtype]) {
      skip(SKIPPED_SUBTYPES[subtype]!);
      return;
    }
    const date = slackTime(message.ts);
    if (!date) {
      errors.push({ row, label: baseLabel, reason: "The message has no readable time (ts)." });
      return;
    }
    const label = `${baseLabel} (${date.toISOString().slice(0, 16).replace("T", " ")} UTC)`;
    if ((options.from && date < options.from) || (options.to && date > options.to)) {
      skip("outside the time range");
      return;
    }
    inRangeCount++;
    // Build rows only once we know the range is within the limit.
    inRange.push(() => {
      const isBot = Boolean(message.bot_id) || subtype === "bot_message";
      const actorName = cleanActorName(
        str(message.user_profile?.real_name) ||
          str(message.user_profile?.display_name) ||
          str(message.bot_profile?.name) ||
          str(message.username) ||
          str(message.user) ||
          str(message.bot_id),
      );
      let description = cleanSlackText(str(message.text), users).trim();
      if (!description && Array.isArray(message.files) && message.files.length) {
        const names = message.files.map((f) => str(f?.title) || str(f?.name)).filter(Boolean);
        description = `Shared ${names.length === 1 ? "a file" : "files"}: ${names.join(", ") || "(unnamed)"}`;
      }
      if (!description) {
        skip("empty messages");
        return;
      }
      const descriptionError = checkDescription(description);
      if (descriptionError) {
        errors.push({ row, label, reason: descriptionError });
        return;
      }
      rows.push({
        row,
        label,
        occurredAt: date,
        actorName,
        actorKind: actorName ? (isBot ? "AUTOMATION" : "PERSON") : null,
        type: "COMMUNICATION",
        description,
        links: [],
        warnings: actorName ? [] : ["The message has no author; imported without an actor."],
      });
    });
  });

  if (inRangeCount > MAX_IMPORT_ROWS)
    return emptyResult(
      `The export has ${inRangeCount.toLocaleString("en-US")} messages in the chosen time range; the limit is ${MAX_IMPORT_ROWS.toLocaleString("en-US")}. Choose a shorter time range or fewer day files.`,
    );
  for (const build of inRange) build();
  rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.row - b.row);
  return { rows, errors, skipped, totalRows: messages.length, fatal: null };
}
