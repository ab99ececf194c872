// The client side of every Server Action call. A call that gets no answer
// (offline, a dropped connection, a server that no longer knows the action
// after a redeploy) throws in the browser; left alone, the throw reaches the
// error boundary and replaces the page, typed text and all. callAction turns
// it into a value the caller shows next to what the user typed.
import { unstable_isUnrecognizedActionError, unstable_rethrow } from "next/navigation";
import type { FormResult } from "@/lib/action-result";

export type Unreachable = {
  /**
   * offline: the browser says it is offline; network: no answer (or the
   * answer was lost); server: the server failed without an answer we can
   * show; stale: the app was updated since the page was opened (the server
   * does not know this page's actions any more), only a reload helps.
   */
  kind: "offline" | "network" | "server" | "stale";
  message: string;
};

export const unreachableMessages: Record<Unreachable["kind"], string> = {
  offline: "Offline: not saved. What you entered is kept here; send it again when you are back online.",
  network: "Not saved: the server did not answer. What you entered is kept here; try again.",
  server: "Not saved: something went wrong on our side. What you entered is kept here; try again.",
  stale:
    "Kintsugi was updated since you opened this page, so this could not be saved. Reload the page to continue (copy what you entered first).",
};

/** The offline message where the attempt goes out again by itself once back online (useServerAction). */
export const offlineRetryingMessage =
  "Offline: not saved. What you entered is kept here and is sent again when you are back online.";

export function classifyFailure(error: unknown): Unreachable {
  let kind: Unreachable["kind"];
  if (unstable_isUnrecognizedActionError(error)) kind = "stale";
  else if (typeof navigator !== "undefined" && navigator.onLine === false) kind = "offline";
  // fetch() rejects with a TypeError when no answer came.
  else if (error instanceof TypeError) kind = "network";
  else kind = "server";
  return { kind, message: unreachableMessages[kind] };
}

export type Called<T> = { ok: true; value: T } | { ok: false; problem: Unreachable };

/**
 * Calls a Server Action. Its answer comes back as `value`; a call that got
 * none is `problem`. Next's own control flow (a redirect() in the action)
 * is passed on.
 */
export async function callAction<T>(call: () => Promise<T>): Promise<Called<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, problem: classifyFailure(error) };
  }
}

/** callAction for actions that answer a FormResult: a call without an answer becomes an error result. */
export async function callFormAction(call: () => Promise<FormResult>): Promise<FormResult> {
  const called = await callAction(call);
  return called.ok ? called.value : { status: "error", formError: called.problem.message };
}
