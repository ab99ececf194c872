// Closing the database when the process is asked to stop (SIGINT, SIGTERM),
// so that a normal stop is a clean PostgreSQL shutdown (PGlite checkpoints and
// marks its folder "shut down", and the folder lock is released) instead of a
// crash that the next start must recover from.
//
// Hooks registered with onShutdown() run, newest first and each bounded in
// time, when:
//   - the process gets SIGINT/SIGTERM and nothing else handles that signal
//     (a script): the hooks run, then the process exits with 128 + signal;
//   - anything calls process.exit() (e.g. `next start`'s own signal handler,
//     which first stops accepting requests and lets the running ones finish):
//     the exit waits for the hooks. So in a Next.js server the database is
//     closed after the last request, not under it.
// A second SIGINT/SIGTERM while the hooks run exits at once.
import os from "node:os";

type Hook = () => Promise<void>;

const HOOK_TIMEOUT_MS = 10_000;
const hooks = new Set<Hook>();
let installed = false;
let running: Promise<void> | null = null;
let realExit: typeof process.exit | null = null;

/** Registers a hook to run before the process stops; returns a function that removes it. */
export function onShutdown(hook: Hook): () => void {
  installShutdownHandling();
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}

/** Runs the registered hooks now (newest first, each at most 10 s). Safe to call more than once. */
export function runShutdownHooks(): Promise<void> {
  running ??= (async () => {
    for (const hook of [...hooks].reverse()) {
      hooks.delete(hook);
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          hook(),
          new Promise<void>((resolve) => {
            timer = setTimeout(() => {
              console.error("[kintsugi] a shutdown step took more than 10 s; going on");
              resolve();
            }, HOOK_TIMEOUT_MS);
            timer.unref();
          }),
        ]);
      } catch (error) {
        console.error("[kintsugi] shutdown step failed:", error);
      } finally {
        clearTimeout(timer);
      }
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

function onSignal(signal: NodeJS.Signals) {
  const code = 128 + (os.constants.signals[signal] ?? 0);
  if (running) {
    // Asked twice: stop waiting.
    (realExit ?? process.exit)(code);
    return;
  }
  // Someone else handles this signal (next start drains its requests, then
  // calls process.exit, which waits for the hooks): leave the exit to them.
  if (process.listenerCount(signal) > 1) return;
  process.exit(code);
}

/** Installs the SIGINT/SIGTERM handlers and the process.exit() wrapper (idempotent). */
export function installShutdownHandling() {
  if (installed) return;
  installed = true;
  realExit = process.exit.bind(process);
  const exit = realExit;
  process.exit = ((code?: number | string | null) => {
    if (hooks.size === 0 && !running) return exit(code ?? undefined);
    void runShutdownHooks().finally(() => exit(code ?? undefined));
    return undefined as never;
  }) as typeof process.exit;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
