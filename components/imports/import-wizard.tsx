"use client";
import { callFormAction } from "@/components/actions/call-action";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/field";
import { buttonClass, cx, inputClass } from "@/components/ui/styles";
import type { FormResult } from "@/lib/action-result";
import { newIdempotencyKey } from "@/lib/idempotency";
import { csvFieldLabels, csvFields, guessCsvMapping, readCsvHeader, type CsvMapping } from "@/lib/import/csv";
import { checkBytes, MAX_IMPORT_BYTES, tooManyBytesMessage } from "@/lib/import/limits";
import { importSourceLabels, importSources, type ImportSourceKind } from "@/lib/import/types";
import type { ImportInput, ImportPreview as Preview, ImportResult } from "@/lib/schemas/imports";
import { requestConfirm, requestPreview, type Failure } from "./import-client";
import { ImportPreview } from "./import-preview";

export type AgentOption = { id: string; name: string };

const sourceHints: Record<ImportSourceKind, string> = {
  CSV: "A header row, then one event per row: time, actor, type, description, link. You choose which column is which.",
  SLACK:
    "The day files (e.g. 2026-11-20.json) from the channel's folder of a Slack export. Choose several at once to merge them.",
  JSONL:
    "One JSON object per line with a time (timestamp, ts, time or created_at) and a tool call (tool, tool_name, name or action, with input/args and output/error).",
};

const accept: Record<ImportSourceKind, string> = {
  CSV: ".csv,text/csv,text/plain",
  SLACK: ".json,application/json",
  JSONL: ".jsonl,.ndjson,.log,.txt,.json,application/x-ndjson,text/plain",
};

const n = (value: number) => value.toLocaleString("en-US");
const count = (value: number, one: string, many = `${one}s`) => `${n(value)} ${value === 1 ? one : many}`;

function resultMessage(r: ImportResult) {
  const left = r.errors > 0 ? `, ${count(r.errors, "row")} with errors left out` : "";
  return `Imported ${count(r.imported, "event")} (${count(r.duplicates, "duplicate")} skipped${left}).`;
}

/**
 * The import flow: source → file(s) → options → preview (the server parses,
 * nothing is written) → confirm with progress → undo. Everything the user
 * chose stays when a preview fails.
 */
export function ImportWizard({
  postmortemId,
  zone,
  defaultRange,
  agents,
  undo,
}: {
  postmortemId: string;
  zone: string;
  defaultRange: { from: string; to: string };
  agents: AgentOption[];
  undo: (batchId: string) => Promise<FormResult>;
}) {
  const id = useId();
  const router = useRouter();
  const [source, setSource] = useState<ImportSourceKind>("CSV");
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [header, setHeader] = useState<string[]>([]);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [range, setRange] = useState(defaultRange);
  const [agentChoice, setAgentChoice] = useState<string>(agents[0]?.id ?? "new");
  const [agentName, setAgentName] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<"preview" | "confirm" | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; phase: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [undoMessage, setUndoMessage] = useState<FormResult | null>(null);
  const [undoing, startUndo] = useTransition();
  // One confirm attempt per preview: pressing Import again after a failure is a retry.
  const confirmKey = useRef("");

  // Any change after a preview invalidates it: what is confirmed is what was previewed.
  const changed = () => {
    setPreview(null);
    setFailure(null);
    setResult(null);
    setUndoMessage(null);
  };

  async function chooseFiles(list: FileList | null) {
    changed();
    setFileError(null);
    setFiles([]);
    setHeader([]);
    setMapping(null);
    const chosen = Array.from(list ?? []);
    if (chosen.length === 0) return;
    const bytes = chosen.reduce((sum, f) => sum + f.size, 0);
    if (bytes > MAX_IMPORT_BYTES) {
      setFileError(tooManyBytesMessage(bytes));
      return;
    }
    try {
      const read = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
      const tooBig = checkBytes(read.map((f) => f.text));
      if (tooBig) {
        setFileError(tooBig);
        return;
      }
      setFiles(read);
      if (source === "CSV") {
        const names = readCsvHeader(read[0]!.text);
        setHeader(names);
        setMapping(guessCsvMapping(names));
      }
    } catch {
      setFileError("The file could not be read. Choose it again.");
    }
  }

  function input(): ImportInput | null {
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

  async function runPreview() {
    const payload = input();
    if (!payload) {
      setFailure({ message: "Choose a file first.", field: "file" });
      return;
    }
    if (payload.source === "JSONL" && payload.agent.kind === "new" && !payload.agent.name.trim()) {
      setFailure({ message: "Name the agent these tool calls belong to.", field: "agent" });
      return;
    }
    setBusy("preview");
    setFailure(null);
    setResult(null);
    const answer = await requestPreview(postmortemId, payload);
    setBusy(null);
    if ("error" in answer) {
      setPreview(null);
      setFailure(answer.error);
    } else {
      confirmKey.current = newIdempotencyKey();
      setPreview(answer.preview);
    }
  }

  async function runConfirm() {
    const payload = input();
    if (!payload || !preview) return;
    setBusy("confirm");
    setFailure(null);
    setProgress({ done: 0, total: preview.importCount, phase: "checking" });
    const answer = await requestConfirm(postmortemId, payload, confirmKey.current, (p) => setProgress(p));
    setBusy(null);
    setProgress(null);
    if ("error" in answer) {
      setFailure(answer.error);
      return;
    }
    setResult(answer.result);
    setPreview(null);
    router.refresh();
  }

  function undoResult(batchId: string) {
    startUndo(async () => {
      const outcome = await callFormAction(() => undo(batchId));
      setUndoMessage(outcome);
      if (outcome.status === "success") router.refresh();
    });
  }

  const fieldError = (field: string) => (failure?.field === field ? failure.message : null);
  const fileId = `${id}-file`;
  const locked = busy !== null;

  return (
    <div className="space-y-6">
      <fieldset className="space-y-2" disabled={locked}>
        <legend className="text-sm font-medium text-stone-800">What are you importing?</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {importSources.map((s) => (
            <label
              key={s}
              className={cx(
                "flex cursor-pointer items-start gap-2 rounded-lg border bg-white p-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
                source === s ? "border-stone-900" : "border-stone-200",
              )}
            >
              <input
                type="radio"
                name={`${id}-source`}
                value={s}
                checked={source === s}
                onChange={() => {
                  setSource(s);
                  setFiles([]);
                  setHeader([]);
                  setMapping(null);
                  setFileError(null);
                  changed();
                }}
                className="mt-0.5"
              />
              <span className="font-medium">{importSourceLabels[s]}</span>
            </label>
          ))}
        </div>
        <p className="text-xs text-stone-500">{sourceHints[source]}</p>
      </fieldset>

      <div className="space-y-1">
        <label htmlFor={fileId} className="block text-sm font-medium text-stone-800">
          {source === "SLACK" ? "Slack day files" : "File"}
        </label>
        <input
          key={source}
          id={fileId}
          type="file"
          accept={accept[source]}
          multiple={source === "SLACK"}
          disabled={locked}
          onChange={(e) => void chooseFiles(e.currentTarget.files)}
          aria-invalid={fileError || fieldError("file") ? true : undefined}
          aria-describedby={`${fileId}-hint ${fileId}-error`}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-stone-100"
        />
        <p id={`${fileId}-hint`} className="text-xs text-stone-500">
          Up to {n(10_000)} rows and 5 MB. The file stays in your browser until you preview.
        </p>
        <div id={`${fileId}-error`} aria-live="polite">
          {fileError || fieldError("file") ? (
            <p className="text-sm text-red-700">{fileError ?? fieldError("file")}</p>
          ) : null}
          {files.length > 1 ? <p className="text-xs text-stone-600">{files.length} files chosen.</p> : null}
        </div>
      </div>

      {source === "CSV" && mapping ? (
        <fieldset className="space-y-2" disabled={locked}>
          <legend className="text-sm font-medium text-stone-800">Columns</legend>
          <p className="text-xs text-stone-500">
            Guessed from the header row; change any that are wrong. Times without an offset are read in {zone}
            .
          </p>
          <div className="grid gap-3 sm:grid-cols-5">
            {csvFields.map((field) => (
              <div key={field} className="space-y-1">
                <label htmlFor={`${id}-map-${field}`} className="block text-xs font-medium text-stone-700">
                  {csvFieldLabels[field]}
                  {field === "time" || field === "description" ? " (required)" : ""}
                </label>
                <select
                  id={`${id}-map-${field}`}
                  className={inputClass}
                  value={mapping[field] ?? ""}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setMapping({ ...mapping, [field]: value === "" ? null : Number(value) });
                    changed();
                  }}
                >
                  <option value="">(none)</option>
                  {header.map((h, i) => (
                    <option key={`${i}-${h}`} value={i}>
                      {h || `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}

      {source === "SLACK" ? (
        <fieldset className="space-y-2" disabled={locked}>
          <legend className="text-sm font-medium text-stone-800">Messages between (in {zone})</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {(["from", "to"] as const).map((end) => (
              <div key={end} className="space-y-1">
                <label htmlFor={`${id}-${end}`} className="block text-xs font-medium text-stone-700">
                  {end === "from" ? "From" : "To"}
                </label>
                <input
                  id={`${id}-${end}`}
                  type="datetime-local"
                  className={inputClass}
                  value={range[end]}
                  aria-invalid={fieldError(end) ? true : undefined}
                  aria-describedby={`${id}-${end}-error`}
                  onChange={(e) => {
                    setRange({ ...range, [end]: e.currentTarget.value });
                    changed();
                  }}
                />
                <p id={`${id}-${end}-error`} aria-live="polite" className="text-sm text-red-700">
                  {fieldError(end)}
                </p>
              </div>
            ))}
          </div>
          <p className="text-xs text-stone-500">
            Starts as the incident window (started to resolved). Leave an end empty to keep everything on that
            side.
          </p>
        </fieldset>
      ) : null}

      {source === "JSONL" ? (
        <fieldset className="space-y-2" disabled={locked}>
          <legend className="text-sm font-medium text-stone-800">Whose log is it?</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="space-y-1">
              <label htmlFor={`${id}-agent`} className="block text-xs font-medium text-stone-700">
                Agent
              </label>
              <select
                id={`${id}-agent`}
                className={inputClass}
                value={agentChoice}
                onChange={(e) => {
                  setAgentChoice(e.currentTarget.value);
                  changed();
                }}
              >
                {agents.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
                <option value="new">A new AI agent…</option>
              </select>
            </div>
            {agentChoice === "new" ? (
              <div className="space-y-1">
                <label htmlFor={`${id}-agent-name`} className="block text-xs font-medium text-stone-700">
                  New agent&apos;s name
                </label>
                <input
                  id={`${id}-agent-name`}
                  className={inputClass}
                  value={agentName}
                  maxLength={120}
                  placeholder="e.g. Infra coding agent"
                  aria-invalid={fieldError("agent") ? true : undefined}
                  aria-describedby={`${id}-agent-error`}
                  onChange={(e) => {
                    setAgentName(e.currentTarget.value);
                    changed();
                  }}
                />
                <p id={`${id}-agent-error`} aria-live="polite" className="text-sm text-red-700">
                  {fieldError("agent")}
                </p>
              </div>
            ) : null}
          </div>
          <p className="text-xs text-stone-500">
            Every line becomes an action of this agent. Add its model, task and permissions on the Actors tab.
          </p>
        </fieldset>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => void runPreview()}
          disabled={locked}
        >
          {busy === "preview" ? "Reading the file…" : "Preview"}
        </button>
        <span className="text-xs text-stone-500">Nothing is imported until you confirm.</span>
      </div>

      {failure && !["file", "from", "to", "agent"].includes(failure.field ?? "") ? (
        <div role="alert">
          <FormMessage error={failure.message} />
        </div>
      ) : null}
      {failure && ["file", "from", "to", "agent"].includes(failure.field ?? "") ? (
        <p role="alert" className="sr-only">
          {failure.message}
        </p>
      ) : null}

      {preview ? (
        <section aria-labelledby={`${id}-preview-heading`} className="space-y-4">
          <h2 id={`${id}-preview-heading`} className="text-lg font-semibold text-stone-900">
            Preview
          </h2>
          <ImportPreview preview={preview} />
          <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4">
            <button
              type="button"
              className={buttonClass.primary}
              disabled={locked || preview.importCount === 0}
              onClick={() => void runConfirm()}
            >
              {busy === "confirm"
                ? "Importing…"
                : `Import ${n(preview.importCount)} event${preview.importCount === 1 ? "" : "s"}`}
            </button>
            {preview.errorCount > 0 && preview.importCount > 0 ? (
              <span className="text-sm text-stone-600">
                The{" "}
                {count(preview.errorCount, { CSV: "row", SLACK: "message", JSONL: "line" }[preview.source])}{" "}
                with errors will be left out.
              </span>
            ) : null}
          </div>
          {progress ? (
            <div className="space-y-1" aria-live="polite">
              <label htmlFor={`${id}-progress`} className="block text-sm text-stone-700">
                {progress.phase === "checking"
                  ? "Checking for duplicates…"
                  : `Imported ${n(progress.done)} of ${n(progress.total)} events`}
              </label>
              <progress
                id={`${id}-progress`}
                className="h-2 w-full appearance-none overflow-hidden rounded bg-stone-200 [&::-moz-progress-bar]:bg-stone-900 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-stone-900"
                max={Math.max(progress.total, 1)}
                value={progress.phase === "checking" ? undefined : progress.done}
              />
            </div>
          ) : null}
        </section>
      ) : null}

      {result ? (
        <section
          aria-labelledby={`${id}-result-heading`}
          className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4"
        >
          <div role="status">
            <h2 id={`${id}-result-heading`} className="text-sm font-semibold text-emerald-900">
              {resultMessage(result)}
            </h2>
          </div>
          <div className="flex flex-wrap gap-2">
            <Link href={`/postmortems/${postmortemId}/timeline`} className={buttonClass.primary}>
              Open the timeline
            </Link>
            {undoMessage?.status !== "success" ? (
              <button
                type="button"
                className={buttonClass.danger}
                disabled={undoing}
                onClick={() => undoResult(result.batchId)}
              >
                {undoing ? "Undoing…" : "Undo this import"}
              </button>
            ) : null}
          </div>
          <FormMessage
            error={undoMessage?.status === "error" ? undoMessage.formError : undefined}
            success={undoMessage?.status === "success" ? undoMessage.message : undefined}
          />
        </section>
      ) : null}
    </div>
  );
}
