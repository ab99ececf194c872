// The import wizard's state and its transitions, without React: the wizard
// (import-wizard.tsx) runs them with useReducer and does the reading and fetching.
import type { FormResult } from "@/lib/action-result";
import { guessCsvMapping, type CsvField, type CsvMapping } from "@/lib/import/csv";
import type { ImportSourceKind } from "@/lib/import/types";
import type { ImportInput, ImportPreview, ImportProgress, ImportResult } from "@/lib/schemas/imports";
import type { Failure } from "./import-client";

export type AgentOption = { id: string; name: string };
export type ImportFile = { name: string; text: string };
export type DateRange = { from: string; to: string };
export type ConfirmProgress = Extract<ImportProgress, { phase: "checking" | "inserting" }>;

export type ImportWizardState = {
  source: ImportSourceKind;
  files: ImportFile[];
  fileError: string | null;
  header: string[];
  mapping: CsvMapping | null;
  range: DateRange;
  /** An agent's id, or "new". */
  agentChoice: string;
  agentName: string;
  preview: ImportPreview | null;
  /** One confirm attempt per preview: pressing Import again after a failure is a retry. */
  confirmKey: string;
  failure: Failure | null;
  busy: "preview" | "confirm" | null;
  progress: ConfirmProgress | null;
  result: ImportResult | null;
  undoMessage: FormResult | null;
};

export type ImportWizardAction =
  | { type: "sourceChosen"; source: ImportSourceKind }
  | { type: "filesCleared" }
  | { type: "filesRejected"; message: string }
  /** `header`: a CSV file's header row (null for the other sources). */
  | { type: "filesRead"; files: ImportFile[]; header: string[] | null }
  | { type: "columnMapped"; field: CsvField; column: number | null }
  | { type: "rangeChanged"; end: keyof DateRange; value: string }
  | { type: "agentChosen"; choice: string }
  | { type: "agentNamed"; name: string }
  | { type: "previewRefused"; failure: Failure }
  | { type: "previewStarted" }
  | { type: "previewFailed"; failure: Failure }
  | { type: "previewed"; preview: ImportPreview; confirmKey: string }
  | { type: "confirmStarted" }
  | { type: "progressed"; progress: ConfirmProgress }
  | { type: "confirmFailed"; failure: Failure }
  | { type: "imported"; result: ImportResult }
  | { type: "undone"; outcome: FormResult };

export function initialImportWizardState({
  defaultRange,
  agents,
}: {
  defaultRange: DateRange;
  agents: AgentOption[];
}): ImportWizardState {
  return {
    source: "CSV",
    files: [],
    fileError: null,
    header: [],
    mapping: null,
    range: defaultRange,
    agentChoice: agents[0]?.id ?? "new",
    agentName: "",
    preview: null,
    confirmKey: "",
    failure: null,
    busy: null,
    progress: null,
    result: null,
    undoMessage: null,
  };
}

// Any change after a preview invalidates it: what is confirmed is what was previewed.
const changed: Pick<ImportWizardState, "preview" | "failure" | "result" | "undoMessage"> = {
  preview: null,
  failure: null,
  result: null,
  undoMessage: null,
};
const noFiles: Pick<ImportWizardState, "files" | "header" | "mapping" | "fileError"> = {
  files: [],
  header: [],
  mapping: null,
  fileError: null,
};

export function importWizardReducer(state: ImportWizardState, action: ImportWizardAction): ImportWizardState {
  switch (action.type) {
    case "sourceChosen":
      return { ...state, ...changed, ...noFiles, source: action.source };
    case "filesCleared":
      return { ...state, ...changed, ...noFiles };
    case "filesRejected":
      return { ...state, fileError: action.message };
    case "filesRead":
      return action.header
        ? { ...state, files: action.files, header: action.header, mapping: guessCsvMapping(action.header) }
        : { ...state, files: action.files };
    case "columnMapped":
      if (!state.mapping) return state;
      return { ...state, ...changed, mapping: { ...state.mapping, [action.field]: action.column } };
    case "rangeChanged":
      return { ...state, ...changed, range: { ...state.range, [action.end]: action.value } };
    case "agentChosen":
      return { ...state, ...changed, agentChoice: action.choice };
    case "agentNamed":
      return { ...state, ...changed, agentName: action.name };
    case "previewRefused":
      return { ...state, failure: action.failure };
    case "previewStarted":
      return { ...state, busy: "preview", failure: null, result: null };
    case "previewFailed":
      return { ...state, busy: null, preview: null, failure: action.failure };
    case "previewed":
      return { ...state, busy: null, preview: action.preview, confirmKey: action.confirmKey };
    case "confirmStarted":
      if (!state.preview) return state;
      return {
        ...state,
        busy: "confirm",
        failure: null,
        progress: { done: 0, total: state.preview.importCount, phase: "checking" },
      };
    case "progressed":
      return { ...state, progress: action.progress };
    case "confirmFailed":
      return { ...state, busy: null, progress: null, failure: action.failure };
    case "imported":
      return { ...state, busy: null, progress: null, result: action.result, preview: null };
    case "undone":
      return { ...state, undoMessage: action.outcome };
  }
}

/** What a preview or a confirm sends, or null while the file (or a CSV's mapping) is missing. */
export function importInput(state: ImportWizardState): ImportInput | null {
  const { source, files, mapping, range, agentChoice, agentName } = state;
  const first = files[0];
  if (!first) return null;
  if (source === "CSV") return mapping ? { source, fileName: first.name, text: first.text, mapping } : null;
  if (source === "SLACK") return { source, files, from: range.from, to: range.to };
  return {
    source,
    fileName: first.name,
    text: first.text,
    agent:
      agentChoice === "new" ? { kind: "new", name: agentName } : { kind: "existing", actorId: agentChoice },
  };
}

/** The input to preview, or what is missing before the server is asked. */
export function previewInput(state: ImportWizardState): { input: ImportInput } | { failure: Failure } {
  const input = importInput(state);
  if (!input) return { failure: { message: "Choose a file first.", field: "file" } };
  if (input.source === "JSONL" && input.agent.kind === "new" && !input.agent.name.trim())
    return { failure: { message: "Name the agent these tool calls belong to.", field: "agent" } };
  return { input };
}

/** Failures of these fields show beside the field (and once more for screen readers). */
const fieldsWithErrors = ["file", "from", "to", "agent"];

export const isFieldFailure = (failure: Failure) => fieldsWithErrors.includes(failure.field ?? "");

export const fieldError = (failure: Failure | null, field: string) =>
  failure?.field === field ? failure.message : null;
