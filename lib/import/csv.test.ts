import { describe, expect, it } from "vitest";
import { guessCsvMapping, parseCsv, readCsvHeader, type CsvMapping } from "./csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";

const zone = "Europe/Berlin";
const mapping: CsvMapping = { time: 0, actor: 1, type: 2, description: 3, link: 4 };
const header = "time,actor,type,description,link";

describe("CSV column mapping", () => {
  it("guesses the columns from common header names", () => {
    expect(guessCsvMapping(["Timestamp", "Who", "Kind", "What", "URL"])).toEqual(mapping);
    expect(guessCsvMapping(["Description", "Time (UTC)", "Notes"])).toEqual({
      time: 1,
      actor: null,
      type: null,
      description: 0,
      link: null,
    });
  });

  it("reads only the header row, without a BOM", () => {
    expect(readCsvHeader('\uFEFFtime,"the actor",description\n1,2,3')).toEqual([
      "time",
      "the actor",
      "description",
    ]);
  });

  it("requires time and description columns", () => {
    expect(parseCsv(`${header}\n`, { zone, mapping: { ...mapping, time: null } }).fatal).toMatch(
      /time and the description/,
    );
  });
});

describe("parseCsv", () => {
  it("turns rows into events with row numbers counting the header as row 1", () => {
    const text = [
      header,
      "2026-11-20 14:05,On-call engineer,alert,Pager fired for checkout 5xx,https://pager.example/1",
      '2026-11-20T13:20:00Z,Deploy bot,deploy,"Rolled out config, v2",',
    ].join("\n");
    const r = parseCsv(text, { zone, mapping });
    expect(r.errors).toEqual([]);
    expect(r.totalRows).toBe(2);
    expect(r.rows[0]).toMatchObject({
      row: 2,
      label: "row 2",
      actorName: "On-call engineer",
      actorKind: "PERSON",
      type: "ALERT",
      description: "Pager fired for checkout 5xx",
      links: ["https://pager.example/1"],
    });
    expect(r.rows[0]!.occurredAt.toISOString()).toBe("2026-11-20T13:05:00.000Z");
    expect(r.rows[1]).toMatchObject({
      row: 3,
      type: "ACTION",
      description: "Rolled out config, v2",
      links: [],
    });
  });

  it("reports each bad row with its number and reason and keeps the good ones", () => {
    const text = [
      header,
      "2026-11-20 14:05,A,alert,Fine row,",
      "not a time,A,alert,Bad time,",
      ",A,alert,Missing time,",
      "2026-11-20 14:07,A,alert,   ,",
      "2026-11-20 14:08,A,alert,Bad link,javascript:alert(1)",
      "2026-11-20 14:09,A",
      "2026-11-20 14:10,A,weird,Unknown type,",
    ].join("\n");
    const r = parseCsv(text, { zone, mapping });
    expect(r.rows.map((x) => x.row)).toEqual([2, 8]);
    expect(r.rows[1]!.type).toBe("OTHER");
    expect(r.rows[1]!.warnings[0]).toMatch(/“weird”/);
    expect(r.errors.map((e) => [e.row, e.reason])).toEqual([
      [3, expect.stringMatching(/Time “not a time” is not readable/)],
      [4, "Time is missing."],
      [5, "Description is empty."],
      [6, expect.stringMatching(/Link “javascript:alert\(1\)” is not an http/)],
      [7, "Row has 2 columns; the header has 5."],
    ]);
  });

  it("counts rows, not lines, when a quoted field spans lines", () => {
    const text = `${header}\n2026-11-20 14:05,A,action,"Line one\nline two",\n2026-11-20 14:06,A,action,After,`;
    const r = parseCsv(text, { zone, mapping });
    expect(r.rows.map((x) => [x.row, x.description])).toEqual([
      [2, "Line one\nline two"],
      [3, "After"],
    ]);
  });

  it("reports an unclosed quote on the row where it starts", () => {
    const text = `${header}\n2026-11-20 14:05,A,action,Fine,\n2026-11-20 14:06,A,action,"Never closed,\n2026-11-20 14:07,A,action,Swallowed,`;
    const r = parseCsv(text, { zone, mapping });
    expect(r.rows.map((x) => x.row)).toEqual([2]);
    expect(r.errors).toEqual([
      { row: 3, label: "row 3", reason: expect.stringMatching(/quoted field is never closed/) },
    ]);
  });

  it("skips blank lines and rows without an actor get no actor", () => {
    const r = parseCsv(`${header}\n\n2026-11-20 14:05,,,Something,\n\n`, { zone, mapping });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ actorName: null, actorKind: null, type: "OTHER", warnings: [] });
  });

  it("accepts 10,000 rows and refuses 10,001 with one clear message", () => {
    const line = "2026-11-20 14:05,A,action,x,";
    const ok = parseCsv([header, ...Array(MAX_IMPORT_ROWS).fill(line)].join("\n"), { zone, mapping });
    expect(ok.fatal).toBeNull();
    expect(ok.rows).toHaveLength(MAX_IMPORT_ROWS);
    const tooMany = parseCsv([header, ...Array(MAX_IMPORT_ROWS + 1).fill(line)].join("\n"), {
      zone,
      mapping,
    });
    expect(tooMany.fatal).toBe(
      "This file has 10,001 rows; the limit is 10,000. Split it into smaller files and import them one after another.",
    );
    expect(tooMany.rows).toEqual([]);
  });

  it("refuses a file over the byte limit before parsing it", () => {
    const r = parseCsv(`${header}\n${"x".repeat(MAX_IMPORT_BYTES)}`, { zone, mapping });
    expect(r.fatal).toMatch(
      /^This file is 5 MB; the limit is 5 MB\.|^This file is 5\.\d MB; the limit is 5 MB\./,
    );
  });
});
