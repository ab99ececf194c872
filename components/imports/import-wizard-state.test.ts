import { describe, expect, it } from "vitest";
import type { ImportPreview, ImportResult } from "@/lib/schemas/imports";
import {
  fieldError,
  importInput,
  importWizardReducer as reduce,
  initialImportWizardState,
  isFieldFailure,
  previewInput,
  type ImportWizardAction,
  type ImportWizardState,
} from "./import-wizard-state";

const start = (agents = [{ id: "agent-1", name: "Deploy bot" }]) =>
  initialImportWizardState({ defaultRange: { from: "2026-11-20T14:00", to: "" }, agents });

const run = (state: ImportWizardState, ...actions: ImportWizardAction[]) => actions.reduce(reduce, state);

const csv = { name: "events.csv", text: "time,who,what\n2026-11-20 14:05,Ana,Pager fired" };

const preview: ImportPreview = {
  source: "CSV",
  fileName: "events.csv",
  zone: "Europe/Berlin",
  totalRows: 3,
  validRows: 3,
  importCount: 3,
  duplicateCount: 0,
  errorCount: 0,
  warningCount: 0,
  skipped: [],
  rows: [],
  errors: [],
  duplicates: [],
  actorsToCreate: [],
  actorsMatched: [],
};

const result: ImportResult = { batchId: "batch-1", imported: 3, duplicates: 0, errors: 0, actorsCreated: 1 };

/** A CSV read, mapped and previewed. */
const previewed = () =>
  run(
    start(),
    { type: "filesRead", files: [csv], header: ["time", "who", "what"] },
    { type: "previewStarted" },
    { type: "previewed", preview, confirmKey: "key-1" },
  );

describe("the import wizard's state", () => {
  it("starts on CSV with the first agent and the incident window", () => {
    const state = start();
    expect(state.source).toBe("CSV");
    expect(state.agentChoice).toBe("agent-1");
    expect(state.range).toEqual({ from: "2026-11-20T14:00", to: "" });
    expect(state.busy).toBeNull();
    expect(start([]).agentChoice).toBe("new");
  });

  it("guesses a CSV's columns from its header, and keeps the other sources unmapped", () => {
    const state = run(start(), { type: "filesRead", files: [csv], header: ["time", "who", "what"] });
    expect(state.files).toEqual([csv]);
    expect(state.mapping).toEqual({ time: 0, actor: 1, type: null, description: 2, link: null });

    const slack = run(
      start(),
      { type: "sourceChosen", source: "SLACK" },
      { type: "filesRead", files: [csv, csv], header: null },
    );
    expect(slack.files).toHaveLength(2);
    expect(slack.header).toEqual([]);
    expect(slack.mapping).toBeNull();
  });

  it("forgets the files and the preview when the source or the files change", () => {
    const bySource = run(previewed(), { type: "sourceChosen", source: "JSONL" });
    expect(bySource).toMatchObject({ source: "JSONL", files: [], header: [], mapping: null, preview: null });

    const byFiles = run(previewed(), { type: "filesRejected", message: "Too big" }, { type: "filesCleared" });
    expect(byFiles).toMatchObject({
      source: "CSV",
      files: [],
      mapping: null,
      fileError: null,
      preview: null,
    });
    expect(run(byFiles, { type: "filesRejected", message: "Too big" }).fileError).toBe("Too big");
  });

  it("invalidates the preview, the failure, the result and the undo message on any option change", () => {
    const done = run(
      previewed(),
      { type: "confirmStarted" },
      { type: "imported", result },
      { type: "undone", outcome: { status: "error", formError: "No" } },
    );
    const changes: ImportWizardAction[] = [
      { type: "columnMapped", field: "type", column: 1 },
      { type: "rangeChanged", end: "to", value: "2026-11-21T00:00" },
      { type: "agentChosen", choice: "new" },
      { type: "agentNamed", name: "Infra agent" },
    ];
    for (const action of [...changes, { type: "filesCleared" } as const]) {
      const state = reduce({ ...done, preview, failure: { message: "x" } }, action);
      expect(state).toMatchObject({ preview: null, failure: null, result: null, undoMessage: null });
    }
    expect(run(done, changes[0]!).mapping?.type).toBe(1);
    expect(run(done, changes[1]!).range).toEqual({ from: "2026-11-20T14:00", to: "2026-11-21T00:00" });
    expect(run(done, changes[2]!, changes[3]!)).toMatchObject({
      agentChoice: "new",
      agentName: "Infra agent",
    });
  });

  it("keeps everything chosen when a preview is refused or fails", () => {
    const ready = run(start(), { type: "filesRead", files: [csv], header: ["time", "who", "what"] });
    const refused = run(ready, { type: "previewRefused", failure: { message: "Name it", field: "agent" } });
    expect(refused).toMatchObject({ files: [csv], busy: null, failure: { field: "agent" } });

    const busy = run(ready, { type: "previewStarted" });
    expect(busy.busy).toBe("preview");
    const failed = run(busy, { type: "previewFailed", failure: { message: "Offline" } });
    expect(failed).toMatchObject({
      busy: null,
      preview: null,
      failure: { message: "Offline" },
      files: [csv],
    });
    expect(failed.mapping).toEqual(ready.mapping);
  });

  it("shows progress while importing, then the result", () => {
    const importing = run(previewed(), { type: "confirmStarted" });
    expect(importing).toMatchObject({ busy: "confirm", failure: null });
    expect(importing.progress).toEqual({ done: 0, total: 3, phase: "checking" });

    const inserting = run(importing, {
      type: "progressed",
      progress: { phase: "inserting", done: 2, total: 3 },
    });
    expect(inserting.progress).toEqual({ phase: "inserting", done: 2, total: 3 });

    const done = run(inserting, { type: "imported", result });
    expect(done).toMatchObject({ busy: null, progress: null, preview: null, result });
    expect(run(done, { type: "undone", outcome: { status: "success" } }).undoMessage).toEqual({
      status: "success",
    });
  });

  it("retries a failed import with the same key; a new preview brings a new key", () => {
    const failed = run(
      previewed(),
      { type: "confirmStarted" },
      { type: "confirmFailed", failure: { message: "The connection broke" } },
    );
    expect(failed).toMatchObject({ busy: null, progress: null, preview, confirmKey: "key-1" });
    expect(failed.failure?.message).toBe("The connection broke");

    const again = run(
      failed,
      { type: "previewStarted" },
      { type: "previewed", preview, confirmKey: "key-2" },
    );
    expect(again.confirmKey).toBe("key-2");
  });

  it("does not start an import without a preview", () => {
    const state = start();
    expect(reduce(state, { type: "confirmStarted" })).toBe(state);
  });
});

describe("what the wizard sends", () => {
  it("asks for a file, a CSV's mapping and a new agent's name first", () => {
    expect(previewInput(start())).toEqual({ failure: { message: "Choose a file first.", field: "file" } });

    const agentLog = run(
      start([]),
      { type: "sourceChosen", source: "JSONL" },
      { type: "filesRead", files: [{ name: "a.jsonl", text: "{}" }], header: null },
    );
    expect(previewInput(agentLog)).toEqual({
      failure: { message: "Name the agent these tool calls belong to.", field: "agent" },
    });
    expect(previewInput(run(agentLog, { type: "agentNamed", name: "  " }))).toHaveProperty("failure");
    expect(previewInput(run(agentLog, { type: "agentNamed", name: "Infra agent" }))).toEqual({
      input: {
        source: "JSONL",
        fileName: "a.jsonl",
        text: "{}",
        agent: { kind: "new", name: "Infra agent" },
      },
    });
  });

  it("builds each source's input", () => {
    expect(importInput(previewed())).toEqual({
      source: "CSV",
      fileName: "events.csv",
      text: csv.text,
      mapping: { time: 0, actor: 1, type: null, description: 2, link: null },
    });
    const slack = run(
      start(),
      { type: "sourceChosen", source: "SLACK" },
      { type: "filesRead", files: [csv], header: null },
    );
    expect(importInput(slack)).toEqual({ source: "SLACK", files: [csv], from: "2026-11-20T14:00", to: "" });
    const existing = run(
      start(),
      { type: "sourceChosen", source: "JSONL" },
      { type: "filesRead", files: [csv], header: null },
    );
    expect(importInput(existing)).toMatchObject({ agent: { kind: "existing", actorId: "agent-1" } });
  });

  it("shows a field's failure beside the field", () => {
    expect(isFieldFailure({ message: "x", field: "from" })).toBe(true);
    expect(isFieldFailure({ message: "x", field: "mapping" })).toBe(false);
    expect(isFieldFailure({ message: "x" })).toBe(false);
    expect(fieldError({ message: "Use a date", field: "to" }, "to")).toBe("Use a date");
    expect(fieldError({ message: "Use a date", field: "to" }, "from")).toBeNull();
    expect(fieldError(null, "file")).toBeNull();
  });
});
