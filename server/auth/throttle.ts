import "server-only";
// Throttles password guesses: failed sign-ins, and wrong current passwords on
// the password-change form (same store, same limits: a guess is a guess).
// Attempts are rows of SignInAttempt, so the limits hold across app servers.
//
// Three counters, each a sliding window of failures:
// - account + address pair: 5 per 15 minutes. This is the lock a guesser runs
//   into, and it locks only that address out of that account: someone guessing
//   elsewhere cannot lock the real user out (lockout as a weapon). A success
//   from the pair clears it (the person there knows the password).
// - address: 20 per 15 minutes, whatever the accounts (one address spraying
//   many accounts). Successes do not clear it: an attacker cannot reset it by
//   signing in to an account of their own.
// - account: 50 per hour from anywhere, the backstop against guessing spread
//   over many addresses. While it holds, addresses where the account signed in
//   successfully in the last 30 days still get through (the pair and address
//   limits still apply there), so the real user keeps working from their usual
//   places while the attack goes on.
// Refused (throttled) attempts are not recorded, so a lock ends when the
// failures that caused it leave the window.
import { addressBucket } from "@/lib/client-address";
import { db } from "@/lib/db";

const MINUTE = 60_000;

export const THROTTLE = {
  pair: { max: 5, windowMs: 15 * MINUTE },
  address: { max: 20, windowMs: 15 * MINUTE },
  account: { max: 50, windowMs: 60 * MINUTE },
  /** How long a successful sign-in makes an address "known" to the account limit. */
  knownAddressMs: 30 * 24 * 60 * MINUTE,
} as const;

export type ThrottleReason = "pair" | "address" | "account";

const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `ip:${addressBucket(address)}`;
const pairKey = (email: string, address: string) =>
  `pair:${email.trim().toLowerCase()}|${addressBucket(address)}`;

/** Which limit, if any, refuses a password attempt for this account from this address now. */
export async function throttleReason(
  email: string,
  address: string,
  now = new Date(),
): Promise<ThrottleReason | null> {
  const since = (ms: number) => new Date(now.getTime() - ms);
  const [pair, byAddress, byAccount] = await Promise.all([
    pairFailures(pairKey(email, address), since(THROTTLE.pair.windowMs)),
    failures(addressKey(address), since(THROTTLE.address.windowMs)),
    failures(accountKey(email), since(THROTTLE.account.windowMs)),
  ]);
  if (pair >= THROTTLE.pair.max) return "pair";
  if (byAddress >= THROTTLE.address.max) return "address";
  if (byAccount >= THROTTLE.account.max) {
    const known = await db.signInAttempt.findFirst({
      where: {
        key: pairKey(email, address),
        success: true,
        createdAt: { gte: since(THROTTLE.knownAddressMs) },
      },
      select: { id: true },
    });
    if (!known) return "account";
  }
  return null;
}

function failures(key: string, since: Date): Promise<number> {
  return db.signInAttempt.count({ where: { key, success: false, createdAt: { gte: since } } });
}

/** Failures of the pair in the window, after its last success. */
async function pairFailures(key: string, since: Date): Promise<number> {
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { key, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.signInAttempt.count({
    where: { key, success: false, createdAt: lastSuccess ? { gt: lastSuccess.createdAt } : { gte: since } },
  });
}

/**
 * Records a password attempt. A failure counts against the pair, the address
 * and the account; a success is kept for the pair only (it clears the pair's
 * failures and makes the address known to the account limit).
 */
export async function recordPasswordAttempt(email: string, address: string, success: boolean): Promise<void> {
  const now = Date.now();
  const rows = success
    ? [{ key: pairKey(email, address), success }]
    : [pairKey(email, address), addressKey(address), accountKey(email)].map((key) => ({ key, success }));
  await db.signInAttempt.createMany({ data: rows });
  // Keep the table small now and then: failures older than a day, anything older than the known-address period.
  if (Math.random() < 0.02) await cleanUpAttempts(new Date(now));
}

export async function cleanUpAttempts(now: Date): Promise<number> {
  const { count } = await db.signInAttempt.deleteMany({
    where: {
      OR: [
        { success: false, createdAt: { lt: new Date(now.getTime() - 24 * 60 * MINUTE) } },
        { createdAt: { lt: new Date(now.getTime() - THROTTLE.knownAddressMs) } },
      ],
    },
  });
  return count;
}
