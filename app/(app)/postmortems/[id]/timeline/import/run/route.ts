// POST …/timeline/import/run: previews an import (JSON answer) or confirms it
// (an NDJSON stream of progress lines, then the result). A route handler
// rather than a Server Action because the confirm streams progress and the
// file is larger than a Server Action's default body limit. It is a public
// endpoint: same-origin JSON only, the session is the actor, and the data
// layer authorises.
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { importRequestSchema, type ImportProgress } from "@/lib/schemas/imports";
import { logUnexpected } from "@/server/action";
import { recordDenial } from "@/server/audit-denials";
import { getActor } from "@/server/auth/session";
import { confirmImport } from "@/server/imports/mutations";
import { previewImport } from "@/server/imports/queries";

export const dynamic = "force-dynamic";

// proxy.ts runs on every path and Next buffers at most 10 MB of the body for
// it; the file itself is limited to 5 MB (lib/import/limits.ts).
const BODY_LIMIT = 10 * 1024 * 1024;

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Browsers send Origin on every POST; a missing or foreign one is refused. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function readBody(request: Request): Promise<string | null> {
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BODY_LIMIT) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function failure(error: unknown): { status: number; body: { message: string; field?: string } } {
  if (error instanceof RuleError)
    return { status: 422, body: { message: error.message, ...(error.field && { field: error.field }) } };
  if (error instanceof NotFoundError) return { status: 404, body: { message: error.message } };
  if (error instanceof ForbiddenError) return { status: 403, body: { message: error.message } };
  if (error instanceof ConflictError) return { status: 409, body: { message: error.message } };
  const reference = logUnexpected(error);
  return {
    status: 500,
    body: { message: `Something went wrong on our side; nothing was imported. Reference: ${reference}` },
  };
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return json(403, { message: "Cross-site requests are refused." });
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json"))
    return json(415, { message: "Send the import as JSON." });
  const [{ id }, actor] = await Promise.all([params, getActor()]);
  if (!actor) return json(401, { message: "Your session has ended. Sign in again, then retry." });
  if (Number(request.headers.get("content-length") ?? 0) > BODY_LIMIT)
    return json(413, { message: "The file is too large to send. Split it into smaller files." });

  const text = await readBody(request);
  if (text === null)
    return json(413, { message: "The file is too large to send. Split it into smaller files." });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { message: "The request could not be read. Reload the page and try again." });
  }
  const parsed = importRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.filter((p) => p !== "input").join(".");
    return json(400, { message: issue?.message ?? "The request is not valid.", ...(field && { field }) });
  }
  const { mode, input, idempotencyKey } = parsed.data;

  if (mode === "preview") {
    try {
      return json(200, { preview: await previewImport(actor, id, input) });
    } catch (error) {
      await recordDenial(actor, error);
      const { status, body } = failure(error);
      return json(status, body);
    }
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportProgress) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await confirmImport(actor, id, input, send, idempotencyKey);
        send({ phase: "done", result });
      } catch (error) {
        await recordDenial(actor, error);
        send({ phase: "error", message: failure(error).body.message });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform: compression would hold the progress lines back.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
