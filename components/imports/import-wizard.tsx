"use client";
import { callFormAction } from "@/components/actions/call-action";
import { useRouter } from "next/navigation";
import { useId, useReducer, useTransition } from "react";
import type { FormResult } from "@/lib/action-result";
import { newIdempotencyKey } from "@/lib/idempotency";
import { readCsvHeader } from "@/lib/import/csv";
import { checkBytes, MAX_IMPORT_BYTES, tooManyBytesMessage } from "@/lib/import/limits";
import { requestConfirm, requestPreview } from "./import-client";
import { ImportConfirmStep } from "./import-confirm-step";
import { ImportDoneStep } from "./import-done-step";
import { ImportFileStep } from "./import-file-step";
import { ImportOptionsStep } from "./import-options-step";
import { ImportPreviewStep } from "./import-preview-step";
import { ImportSourceStep } from "./import-source-step";
import {
  importInput,
  importWizardReducer,
  initialImportWizardState,
  previewInput,
  type AgentOption,
  type DateRange,
} from "./import-wizard-state";

export type { AgentOption } from "./import-wizard-state";

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
  defaultRange: DateRange;
  agents: AgentOption[];
  undo: (batchId: string) => Promise<FormResult>;
}) {
  const id = useId();
  const router = useRouter();
  const [state, dispatch] = useReducer(
    importWizardReducer,
    { defaultRange, agents },
    initialImportWizardState,
  );
  const [undoing, startUndo] = useTransition();
  const { source, preview, busy } = state;

  async function chooseFiles(list: FileList | null) {
    dispatch({ type: "filesCleared" });
    const chosen = Array.from(list ?? []);
    if (chosen.length === 0) return;
    const bytes = chosen.reduce((sum, f) => sum + f.size, 0);
    if (bytes > MAX_IMPORT_BYTES) {
      dispatch({ type: "filesRejected", message: tooManyBytesMessage(bytes) });
      return;
    }
    try {
      const read = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
      const tooBig = checkBytes(read.map((f) => f.text));
      if (tooBig) {
        dispatch({ type: "filesRejected", message: tooBig });
        return;
      }
      const header = source === "CSV" ? readCsvHeader(read[0]!.text) : null;
      dispatch({ type: "filesRead", files: read, header });
    } catch {
      dispatch({ type: "filesRejected", message: "The file could not be read. Choose it again." });
    }
  }

  async function runPreview() {
    const checked = previewInput(state);
    if ("failure" in checked) {
      dispatch({ type: "previewRefused", failure: checked.failure });
      return;
    }
    dispatch({ type: "previewStarted" });
    const answer = await requestPreview(postmortemId, checked.input);
    if ("error" in answer) dispatch({ type: "previewFailed", failure: answer.error });
    else dispatch({ type: "previewed", preview: answer.preview, confirmKey: newIdempotencyKey() });
  }

  async function runConfirm() {
    const payload = importInput(state);
    if (!payload || !preview) return;
    dispatch({ type: "confirmStarted" });
    const answer = await requestConfirm(postmortemId, payload, state.confirmKey, (progress) =>
      dispatch({ type: "progressed", progress }),
    );
    if ("error" in answer) {
      dispatch({ type: "confirmFailed", failure: answer.error });
      return;
    }
    dispatch({ type: "imported", result: answer.result });
    router.refresh();
  }

  function undoResult(batchId: string) {
    startUndo(async () => {
      const outcome = await callFormAction(() => undo(batchId));
      dispatch({ type: "undone", outcome });
      if (outcome.status === "success") router.refresh();
    });
  }

  const locked = busy !== null;

  return (
    <div className="space-y-6">
      <ImportSourceStep baseId={id} source={source} locked={locked} dispatch={dispatch} />
      <ImportFileStep
        baseId={id}
        source={source}
        files={state.files}
        fileError={state.fileError}
        failure={state.failure}
        locked={locked}
        onChoose={(list) => void chooseFiles(list)}
      />
      <ImportOptionsStep
        baseId={id}
        state={state}
        zone={zone}
        agents={agents}
        locked={locked}
        dispatch={dispatch}
      />
      <ImportPreviewStep
        reading={busy === "preview"}
        locked={locked}
        failure={state.failure}
        onPreview={() => void runPreview()}
      />
      {preview ? (
        <ImportConfirmStep
          baseId={id}
          preview={preview}
          importing={busy === "confirm"}
          locked={locked}
          progress={state.progress}
          onConfirm={() => void runConfirm()}
        />
      ) : null}
      {state.result ? (
        <ImportDoneStep
          baseId={id}
          postmortemId={postmortemId}
          result={state.result}
          undoMessage={state.undoMessage}
          undoing={undoing}
          onUndo={undoResult}
        />
      ) : null}
    </div>
  );
}
