// Talks to POST …/timeline/import/run: a JSON answer for the preview, an
// NDJSON stream of progress lines for the confirm.
import type { ImportInput, ImportPreview, ImportProgress, ImportResult } from "@/lib/schemas/imports";

export type Failure = { message: string; field?: string };

const endpoint = (postmortemId: string) => `/postmortems/${postmortemId}/timeline/import/run`;

function post(
  postmortemId: string,
  mode: "preview" | "confirm",
  input: ImportInput,
  idempotencyKey?: string,
) {
  return fetch(endpoint(postmortemId), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json, application/x-ndjson" },
    body: JSON.stringify({ mode, input, idempotencyKey }),
  });
}

async function failureOf(response: Response): Promise<Failure> {
  try {
    const body = (await response.json()) as Partial<Failure>;
    if (typeof body.message === "string")
      return { message: body.message, ...(body.field && { field: body.field }) };
  } catch {
    // fall through
  }
  return { message: `The server answered ${response.status}. Nothing was imported; try again.` };
}

const offline: Failure = {
  message: "Could not reach the server. Check your connection; nothing was imported.",
};

export async function requestPreview(
  postmortemId: string,
  input: ImportInput,
): Promise<{ preview: ImportPreview } | { error: Failure }> {
  let response: Response;
  try {
    response = await post(postmortemId, "preview", input);
  } catch {
    return { error: offline };
  }
  if (!response.ok) return { error: await failureOf(response) };
  return (await response.json()) as { preview: ImportPreview };
}

/**
 * Confirms an import. `idempotencyKey` belongs to the previewed attempt: a
 * retry after a lost answer sends it again and gets the first result back.
 */
export async function requestConfirm(
  postmortemId: string,
  input: ImportInput,
  idempotencyKey: string,
  onProgress: (p: Extract<ImportProgress, { phase: "checking" | "inserting" }>) => void,
): Promise<{ result: ImportResult } | { error: Failure }> {
  let response: Response;
  try {
    response = await post(postmortemId, "confirm", input, idempotencyKey);
  } catch {
    return { error: offline };
  }
  if (!response.ok || !response.body) return { error: await failureOf(response) };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) buffer += value;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        const message = JSON.parse(line) as ImportProgress;
        if (message.phase === "done") return { result: message.result };
        if (message.phase === "error") return { error: { message: message.message } };
        onProgress(message);
      }
      if (done) break;
    }
  } catch {
    return {
      error: {
        message:
          "The connection broke during the import. Press Import again: an import that already finished is not repeated.",
      },
    };
  }
  return { error: { message: "The import ended without an answer. Reload to see whether it finished." } };
}
