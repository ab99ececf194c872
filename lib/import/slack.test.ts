import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS } from "./limits";
import { cleanSlackText, parseSlackExport } from "./slack";

const t = (iso: string) => (Date.parse(iso) / 1000).toFixed(6);
const file = (name: string, messages: unknown[]) => ({ name, text: JSON.stringify(messages) });
const open = { from: null, to: null };

describe("cleanSlackText", () => {
  it("turns Slack markup into readable Markdown", () => {
    const users = new Map([["U1", "Ana Ops"]]);
    expect(cleanSlackText("<@U1> and <@U2|bob> see <#C1|incidents> <!here>", users)).toBe(
      "@Ana Ops and @bob see #incidents @here",
    );
    expect(cleanSlackText("dash <https://grafana.example/d/1?a=1&amp;b=2|the [p99] graph>")).toBe(
      "dash [the \\[p99\\] graph](https://grafana.example/d/1?a=1&b=2)",
    );
    expect(cleanSlackText("<https://x.example>")).toBe("https://x.example");
    expect(cleanSlackText("mail <mailto:a@b.example|a@b.example>")).toBe("mail a@b.example");
    expect(cleanSlackText("5 &lt; 6 &amp;&amp; 7 &gt; 3")).toBe("5 < 6 && 7 > 3");
    expect(cleanSlackText("<!subteam^S1|@sre> <!date^1700000000^{date}|Nov 14>")).toBe("@sre Nov 14");
  });
});

describe("parseSlackExport", () => {
  const messages = [
    {
      ts: t("2026-11-20T13:00:00Z"),
      user: "U1",
      text: "<@U1> has joined the channel",
      subtype: "channel_join",
    },
    {
      ts: t("2026-11-20T13:05:00Z"),
      user: "U1",
      user_profile: { real_name: "Ana Ops" },
      text: "Checkout is throwing 500s &amp; latency is up",
    },
    {
      ts: t("2026-11-20T13:06:00Z"),
      bot_id: "B1",
      username: "PagerBot",
      subtype: "bot_message",
      text: "SEV2 opened",
    },
    { ts: t("2026-11-20T13:07:00Z"), user: "U2", text: "cc <@U1>" },
    { ts: "garbage", user: "U2", text: "no time" },
    { ts: t("2026-11-20T18:00:00Z"), user: "U2", text: "much later" },
    { ts: t("2026-11-20T13:08:00Z"), user: "U1", text: "" },
    { ts: t("2026-11-20T13:09:00Z"), subtype: "channel_topic", text: "set the topic" },
  ];

  it("imports messages as communication with people and bots as actors", () => {
    const r = parseSlackExport([file("2026-11-20.json", messages)], open);
    expect(r.totalRows).toBe(8);
    expect(r.rows.map((x) => [x.row, x.actorName, x.actorKind, x.description])).toEqual([
      [2, "Ana Ops", "PERSON", "Checkout is throwing 500s & latency is up"],
      [3, "PagerBot", "AUTOMATION", "SEV2 opened"],
      [4, "U2", "PERSON", "cc @Ana Ops"],
      [6, "U2", "PERSON", "much later"],
    ]);
    expect(r.rows.every((x) => x.type === "COMMUNICATION")).toBe(true);
    expect(r.errors).toEqual([
      { row: 5, label: "message 5", reason: "The message has no readable time (ts)." },
    ]);
    expect(r.skipped).toEqual({ "joins and leaves": 1, "channel changes": 1, "empty messages": 1 });
  });

  it("keeps only messages inside the time range", () => {
    const r = parseSlackExport([file("day.json", messages)], {
      from: new Date("2026-11-20T13:05:00Z"),
      to: new Date("2026-11-20T13:06:30Z"),
    });
    expect(r.rows.map((x) => x.description)).toEqual([
      "Checkout is throwing 500s & latency is up",
      "SEV2 opened",
    ]);
    expect(r.skipped["outside the time range"]).toBe(3);
  });

  it("merges several day files in time order, labelling messages by file", () => {
    const r = parseSlackExport(
      [
        file("2026-11-21.json", [{ ts: t("2026-11-21T01:00:00Z"), user: "U1", text: "next day" }]),
        file("2026-11-20.json", [{ ts: t("2026-11-20T23:00:00Z"), user: "U1", text: "late" }]),
      ],
      open,
    );
    expect(r.rows.map((x) => [x.description, x.label])).toEqual([
      ["late", "message 1 of 2026-11-20.json (2026-11-20 23:00 UTC)"],
      ["next day", "message 1 of 2026-11-21.json (2026-11-21 01:00 UTC)"],
    ]);
  });

  it("refuses files that are not a list of messages", () => {
    expect(parseSlackExport([{ name: "x.json", text: "{oops" }], open).fatal).toMatch(
      /x.json is not valid JSON/,
    );
    expect(parseSlackExport([file("users.json", {} as never)], open).fatal).toMatch(/not a list of messages/);
    expect(parseSlackExport([], open).fatal).toMatch(/at least one/);
  });

  it("limits the messages in range to 10,000", () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({
      ts: String(1_763_647_500 + i),
      user: "U1",
      text: `m${i}`,
    }));
    const r = parseSlackExport([file("big.json", many)], open);
    expect(r.fatal).toBe(
      "The export has 10,001 messages in the chosen time range; the limit is 10,000. Choose a shorter time range or fewer day files.",
    );
    // A range brings it under the limit.
    const ranged = parseSlackExport([file("big.json", many)], {
      from: new Date(1_763_647_501_000),
      to: null,
    });
    expect(ranged.fatal).toBeNull();
    expect(ranged.rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});
