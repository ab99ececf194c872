// Catches parallel queries inside an interactive transaction.
//
// An interactive transaction (`db.$transaction(async (tx) => …)`) runs on one
// database connection, which executes one statement at a time. Firing several
// `tx` queries at once (`Promise.all([tx.a.find(), tx.b.find()])`) makes the
// pg driver queue them with a deprecation warning ("client.query() when the
// client is already executing a query"); pg 9 will reject them. The app's code
// must await them one after the other.
//
// guardTransactions() wraps a Prisma client so that each interactive
// transaction's `tx` counts its operations in flight; starting one while
// another is running is reported to the listener set with
// onParallelTransactionQuery() (the integration tests fail the test), or
// logged once per call site by default. (Prisma's own query plans may also
// send a single operation's relation queries at once; the pool serialises
// those on the connection, see pool.ts: only the app's parallelism is
// reported here.)

export type ParallelQueryReport = {
  /** The operation started while another was running, e.g. "timelineEvent.findUniqueOrThrow". */
  operation: string;
  /** The operation that was running. */
  running: string;
  /** Where the second one was started. */
  stack?: string;
};

let listener: ((report: ParallelQueryReport) => void) | null = null;
const logged = new Set<string>();

type Listener = ((report: ParallelQueryReport) => void) | null;

/** Sets who hears about parallel queries in a transaction (null: log them); returns the previous listener. */
export function onParallelTransactionQuery(callback: Listener): Listener {
  const previous = listener;
  listener = callback;
  return previous;
}

function report(entry: ParallelQueryReport) {
  if (listener) return listener(entry);
  const where = entry.stack
    ?.split("\n")
    .find((line) => /\/(server|lib|app)\//.test(line) && !/lib\/db\//.test(line));
  const key = `${entry.operation}@${where ?? ""}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(
    `[kintsugi] parallel queries in one transaction (await them one at a time): ${entry.operation} while ${entry.running} runs${where ? `\n${where}` : ""}`,
  );
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Wraps one transaction client: every model operation and raw query is tracked. */
function guardTransactionClient<T extends object>(tx: T): T {
  const running: string[] = [];
  const track = (name: string, call: () => unknown) => {
    if (running.length > 0) {
      const stack: { stack?: string } = {};
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 30;
      Error.captureStackTrace(stack, track);
      Error.stackTraceLimit = limit;
      report({ operation: name, running: running[0]!, stack: stack.stack });
    }
    running.push(name);
    const done = () => {
      const index = running.indexOf(name);
      if (index >= 0) running.splice(index, 1);
    };
    // Prisma's promises are lazy (they run when awaited): run it now, as an
    // await would, and track it until it settles.
    return Promise.resolve(call() as Promise<unknown>).finally(done);
  };
  const delegates = new Map<PropertyKey, unknown>();
  return new Proxy(tx, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== "string") return value;
      if (typeof value === "function" && /^\$(query|execute)Raw/.test(property)) {
        return (...args: unknown[]) => track(property, () => (value as AnyFunction).apply(target, args));
      }
      if (value && typeof value === "object" && !property.startsWith("$") && !property.startsWith("_")) {
        if (!delegates.has(property)) {
          delegates.set(
            property,
            new Proxy(value, {
              get(delegate, method, delegateReceiver) {
                const fn = Reflect.get(delegate, method, delegateReceiver) as unknown;
                if (typeof fn !== "function" || typeof method !== "string") return fn;
                return (...args: unknown[]) =>
                  track(`${property}.${method}`, () => (fn as AnyFunction).apply(delegate, args));
              },
            }),
          );
        }
        return delegates.get(property);
      }
      return value;
    },
  });
}

/** Returns `client` with `$transaction(async (tx) => …)` handing out guarded `tx` clients. */
export function guardTransactions<C extends { $transaction: unknown }>(client: C): C {
  const transaction = (client.$transaction as AnyFunction).bind(client);
  const guarded = (arg: unknown, ...rest: unknown[]) =>
    typeof arg === "function"
      ? transaction((tx: object) => (arg as (tx: object) => unknown)(guardTransactionClient(tx)), ...rest)
      : transaction(arg, ...rest);
  return new Proxy(client, {
    get(target, property) {
      if (property === "$transaction") return guarded;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as AnyFunction).bind(target) : value;
    },
  });
}
