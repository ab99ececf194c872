import { describe, expect, it } from "vitest";
import { describeToolCall, parseAgentLog } from "./jsonl";
import { MAX_IMPORT_ROWS } from "./limits";

const options = { agentName: "Deploy agent", zone: "Europe/Berlin" };

describe("describeToolCall", () => {
  it("says what was called with which arguments and how it ended", () => {
    expect(
      describeToolCall({ tool: "delete_environment", input: { env: "prod" }, error: "permission denied" }),
    ).toBe('Called `delete_environment` with `{"env":"prod"}` → error: permission denied');
    expect(describeToolCall({ tool_name: "ls", args: ["-la"], status: "ok", output: "3 files" })).toBe(
      'Called `ls` with `["-la"]` → ok: 3 files',
    );
    expect(describeToolCall({ function: { name: "get", arguments: '{"a":1}' } })).toBe(
      'Called `get` with `{"a":1}`',
    );
    expect(describeToolCall({ action: "sh", input: "echo `id`" })).toBe("Called `sh` with `` echo `id` ``");
    const long = describeToolCall({ tool: "write", input: { data: "x".repeat(500) } })!;
    expect(long.length).toBeLessThan(260);
    expect(long).toContain("…");
    expect(describeToolCall({ foo: 1 })).toBeNull();
  });
});

describe("parseAgentLog", () => {
  it("turns each line into an action of the agent, reporting bad lines by number", () => {
    const text = [
      JSON.stringify({ timestamp: "2026-11-20T13:00:00Z", tool: "list_envs", output: "staging, prod" }),
      "",
      "{not json",
      JSON.stringify({ tool: "x" }),
      JSON.stringify({
        ts: 1763643600,
        tool_name: "delete_environment",
        arguments: { env: "prod" },
        status: "ok",
      }),
      JSON.stringify({ time: "2026-11-20 14:02", message: "The rollback is impossible." }),
      JSON.stringify({ time: "2026-11-20 14:03", foo: "bar" }),
      "[1,2]",
      JSON.stringify({ created_at: "soon", tool: "y" }),
    ].join("\n");
    const r = parseAgentLog(text, options);
    expect(r.totalRows).toBe(8);
    expect(r.rows.map((x) => [x.row, x.type, x.actorName, x.actorKind, x.description])).toEqual([
      [1, "ACTION", "Deploy agent", "AI_AGENT", "Called `list_envs` → staging, prod"],
      [5, "ACTION", "Deploy agent", "AI_AGENT", 'Called `delete_environment` with `{"env":"prod"}` → ok'],
      [6, "COMMUNICATION", "Deploy agent", "AI_AGENT", "The rollback is impossible."],
    ]);
    expect(r.rows[2]!.occurredAt.toISOString()).toBe("2026-11-20T13:02:00.000Z");
    expect(r.errors.map((e) => [e.label, e.reason])).toEqual([
      ["line 3", "Not valid JSON (each line must be one JSON object)."],
      ["line 4", "No time (expected a timestamp, ts, time or created_at field)."],
      ["line 7", "No tool call (expected tool, tool_name, name or action) and no message."],
      ["line 8", "Not a JSON object."],
      ["line 9", expect.stringMatching(/Time “soon” is not readable/)],
    ]);
  });

  it("needs an agent and refuses more than 10,000 lines", () => {
    expect(parseAgentLog('{"ts":1,"tool":"x"}', { ...options, agentName: " " }).fatal).toMatch(
      /Choose the agent/,
    );
    const line = JSON.stringify({ ts: 1763643600, tool: "x" });
    expect(parseAgentLog(Array(MAX_IMPORT_ROWS).fill(line).join("\n"), options).rows).toHaveLength(
      MAX_IMPORT_ROWS,
    );
    expect(
      parseAgentLog(
        Array(MAX_IMPORT_ROWS + 1)
          .fill(line)
          .join("\n"),
        options,
      ).fatal,
    ).toBe(
      "This file has 10,001 lines; the limit is 10,000. Split it into smaller files and import them one after another.",
    );
  });
});
