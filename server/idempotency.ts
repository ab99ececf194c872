import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a replayed create answers with: JSON data (Dates become ISO strings). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export type IdempotentRequest = {
  /** The client's key for this attempt; null runs the work without protection (scripts, tests). */
  key: string | null | undefined;
  /**
   * What the key is used for, with its target ("timeline_event.create:<postmortem id>"):
   * the same key for anything else is refused.
   */
  action: string;
};

/** Keys older than this are removed (a retry comes within seconds or minutes). */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 3600 * 1000;
const PRUNE_EVERY_MS = 3600 * 1000;

export class IdempotencyKeyReusedError extends RuleError {
  constructor() {
    super("This request was already used for another change. Reload the page and try again.");
    this.name = "IdempotencyKeyReusedError";
  }
}

/**
 * Runs a create in one transaction with its idempotency key. The key is
 * claimed first (INSERT … ON CONFLICT DO NOTHING on the user + key primary
 * key), the work runs, and its result is stored with the key before the
 * commit. A retry with the same key finds the row and returns the stored
 * result without doing the work again; when two copies race, the second
 * waits on the first one's uncommitted key, then finds it. If the work fails,
 * the transaction (key included) rolls back, so a retry does it again.
 */
export async function idempotentTransaction<T extends Json>(
  userId: string,
  request: IdempotentRequest,
  work: (tx: DbTransaction) => Promise<T>,
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  const { key, action } = request;
  if (!key) return db.$transaction(work, options);
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.idempotencyKey.createMany({
      data: [{ userId, key, action, result: {} }],
      skipDuplicates: true,
    });
    if (count === 0) {
      const first = await tx.idempotencyKey.findUniqueOrThrow({
        where: { userId_key: { userId, key } },
        select: { action: true, result: true },
      });
      if (first.action !== action) throw new IdempotencyKeyReusedError();
      return first.result as T;
    }
    // Stored and returned alike, so the first answer and every replay are equal.
    const done = JSON.parse(JSON.stringify(await work(tx))) as T;
    await tx.idempotencyKey.update({
      where: { userId_key: { userId, key } },
      data: { result: done as Prisma.InputJsonValue },
    });
    return done;
  }, options);
  await pruneNowAndThen();
  return result;
}

/** Removes keys older than IDEMPOTENCY_KEY_LIFETIME_MS; returns how many. */
export async function pruneIdempotencyKeys(now = new Date()): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS) } },
  });
  return count;
}

let lastPrune = 0;

/** At most once an hour per server, after a create: cheap (one indexed delete), and no timer to run. */
async function pruneNowAndThen() {
  const now = Date.now();
  if (now - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = now;
  try {
    await pruneIdempotencyKeys(new Date(now));
  } catch (error) {
    console.error("[kintsugi] could not remove old idempotency keys:", error);
  }
}
