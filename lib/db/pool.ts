// The PostgreSQL connection pool, hardened so that losing the database (a
// restart, a failover, killed backends, a cut network) is never permanent.
//
// Why a subclass of pg.Pool: @prisma/adapter-pg 6.19 returns a transaction's
// connection to the pool only in PgTransaction.commit()/rollback(), which
// Prisma calls *after* it has sent COMMIT/ROLLBACK through that connection.
// When that query throws (the connection died mid-transaction), release() is
// never reached and the connection stays checked out forever; after `max` of
// those every request waits forever. So every checked-out client here:
//   - is released (and destroyed) as soon as its connection fails: an `error`
//     event, a query failing with a connection-level error, or a failed
//     COMMIT/ROLLBACK (after which the adapter will never release it);
//   - has an idempotent release(): the adapter's late release() of a client we
//     already destroyed is a no-op instead of pg-pool's "Release called on
//     client which has already been released to the pool" throw;
//   - runs its queries one at a time: a query sent while another is running
//     on the connection waits for it here instead of in pg's own queue, which
//     pg 8 deprecates ("client.query() when the client is already executing a
//     query") and pg 9 will reject. Prisma's query plans send a single
//     operation's relation queries at once inside a transaction; the app's own
//     parallel queries are caught separately (transaction-guard.ts).
import pg from "pg";

/**
 * Timeouts. Every wait on the database is bounded, so a dead or unreachable
 * server turns into errors within seconds instead of requests that hang.
 */
export const POOL_DEFAULTS = {
  max: 10,
  /** Waiting for a connection (a new one, or a free one from a busy pool): a page fails after 5 s rather than hanging. */
  connectionTimeoutMillis: 5_000,
  /** Server side: no statement of this app runs for anything near 30 s; a runaway one is cancelled. */
  statement_timeout: 30_000,
  /**
   * Server side: a transaction left open with nothing running for 30 s (a
   * leaked connection, a stuck process) is ended, so it cannot hold row locks
   * and block the other servers forever. App transactions last milliseconds.
   */
  idle_in_transaction_session_timeout: 30_000,
  /**
   * Client side: the answer to one query must come within 40 s (the
   * statement timeout plus a margin), which also covers a server or network
   * that went silent without closing the connection (no RST: a power loss,
   * a partition), where the statement timeout cannot act.
   */
  query_timeout: 40_000,
  /** TCP keepalive: an idle connection to a vanished peer is noticed by the kernel instead of never. */
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
  /** Idle connections are closed after 10 s (pg's default, stated). */
  idleTimeoutMillis: 10_000,
  application_name: "kintsugi",
} satisfies pg.PoolConfig;

/** Connection-level failures: the connection cannot be used again. */
const CONNECTION_ERROR_MESSAGES =
  /Connection terminated|not queryable|Query read timeout|ECONNRESET|EPIPE|socket hang up|write after end/i;

function isConnectionError(error: unknown, client: pg.PoolClient): boolean {
  const internal = client as unknown as { _queryable?: boolean; _ending?: boolean };
  if (internal._queryable === false || internal._ending) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    // 08xxx connection exceptions; 57P01 admin shutdown (pg_terminate_backend,
    // fast/immediate stop), 57P02 crash shutdown, 57P03 cannot connect now.
    if (code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03") return true;
    if (code === "ECONNRESET" || code === "EPIPE" || code === "ETIMEDOUT") return true;
  }
  return CONNECTION_ERROR_MESSAGES.test(error.message);
}

const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK|END|ABORT)\b/i;

function sqlText(args: unknown[]): string {
  const first = args[0];
  if (typeof first === "string") return first;
  if (first && typeof first === "object" && typeof (first as { text?: unknown }).text === "string") {
    return (first as { text: string }).text;
  }
  return "";
}

type Checkout = {
  released: boolean;
  release: (error?: Error | boolean) => void;
  running: string[];
  /** Settles when the last query sent on this checkout has settled. */
  tail: Promise<unknown>;
};

const checkouts = new WeakMap<pg.PoolClient, Checkout>();
const instrumented = new WeakSet<pg.PoolClient>();

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

export class ResilientPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    // An idle client whose connection dies is removed by pg-pool, which then
    // emits `error` on the pool: without a listener that would crash the
    // process (before Prisma adds its own, e.g. while migrating at start).
    this.on("error", (error) => {
      console.error(`[kintsugi] idle database connection lost: ${error.message}`);
    });
  }

  /** Clients checked out and not yet released (for tests and diagnostics). */
  get checkedOutCount(): number {
    return this.totalCount - this.idleCount;
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (callback) {
      super.connect((error, client, done) => {
        if (error || !client) return callback(error, client, done);
        guard(client);
        callback(undefined, client, client.release as (release?: unknown) => void);
      });
      return;
    }
    return super.connect().then((client) => {
      guard(client);
      return client;
    });
  }
}

function guard(client: pg.PoolClient) {
  instrument(client);
  const poolRelease = client.release.bind(client);
  const onError = (error: Error) => checkout.release(error);
  const checkout: Checkout = {
    released: false,
    running: [],
    tail: Promise.resolve(),
    release: (error?: Error | boolean) => {
      if (checkout.released) return;
      checkout.released = true;
      client.removeListener("error", onError);
      checkouts.delete(client);
      // A client given back in the middle of a transaction (or with a query
      // still running) must not be handed to the next caller: destroy it.
      const status = (
        client as unknown as { getTransactionStatus?: () => string | null }
      ).getTransactionStatus?.();
      const dirty = checkout.running.length > 0 || status === "T" || status === "E";
      poolRelease(error || (dirty ? new Error("released inside a transaction") : undefined));
    },
  };
  checkouts.set(client, checkout);
  client.on("error", onError);
  client.release = checkout.release as pg.PoolClient["release"];
}

/** Wraps client.query once per client: one query at a time, and release on connection failures. */
function instrument(client: pg.PoolClient) {
  if (instrumented.has(client)) return;
  instrumented.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const checkout = checkouts.get(client);
    const first = args[0] as { submit?: unknown } | undefined;
    if (!checkout || (first && typeof first.submit === "function")) return query(...args);
    const sql = sqlText(args);
    const settle = (error: unknown) => {
      const index = checkout.running.indexOf(sql);
      if (index >= 0) checkout.running.splice(index, 1);
      if (!error) return;
      if (isConnectionError(error, client)) {
        checkout.release(error instanceof Error ? error : new Error(String(error)));
      } else if (TRANSACTION_END.test(sql)) {
        // The adapter releases a transaction's client only after a successful
        // COMMIT/ROLLBACK: release it here, destroyed unless it is idle again.
        const status = (
          client as unknown as { getTransactionStatus?: () => string | null }
        ).getTransactionStatus?.();
        checkout.release(status === "I" ? undefined : (error as Error));
      }
    };
    const callbackIndex = args.findIndex((a) => typeof a === "function");
    if (callbackIndex >= 0) {
      // pool.query(): one query per checkout, nothing to wait for.
      checkout.running.push(sql);
      const callback = args[callbackIndex] as (error: unknown, result: unknown) => void;
      args[callbackIndex] = (error: unknown, result: unknown) => {
        settle(error);
        callback(error, result);
      };
      return query(...args);
    }
    // Wait for the query before it on this connection (its outcome is its caller's).
    const previous = checkout.tail;
    const result = previous.then(
      () => {
        checkout.running.push(sql);
        return query(...args) as Promise<unknown>;
      },
      () => {
        checkout.running.push(sql);
        return query(...args) as Promise<unknown>;
      },
    );
    checkout.tail = result.catch(() => {});
    return result.then(
      (value) => {
        settle(null);
        return value;
      },
      (error: unknown) => {
        settle(error);
        throw error;
      },
    );
  };
}

export function createPool(url: string, overrides: pg.PoolConfig = {}): ResilientPool {
  // Settings given in DATABASE_URL's query (e.g. ?statement_timeout=60000)
  // win: pg applies the parsed connection string over this config.
  return new ResilientPool({ ...POOL_DEFAULTS, ...overrides, connectionString: url });
}
