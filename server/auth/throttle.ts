import "server-only";
// Throttles failed sign-ins per account and per client address. Attempts are
// stored in the database so the limit holds across several app servers.
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (email: string) => `email:${email.toLowerCase()}`;
const addressKey = (ip: string) => `ip:${ip}`;

export async function isThrottled(email: string, ip: string | null, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    failuresSinceLastSuccess(accountKey(email), since),
    ip ? failuresSinceLastSuccess(addressKey(ip), since) : Promise.resolve(0),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

async function failuresSinceLastSuccess(key: string, since: Date): Promise<number> {
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { key, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.signInAttempt.count({
    where: { key, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
}

export async function recordSignInAttempt(email: string, ip: string | null, success: boolean): Promise<void> {
  const rows = [{ key: accountKey(email), success }];
  if (ip) rows.push({ key: addressKey(ip), success });
  await db.signInAttempt.createMany({ data: rows });
  // Keep the table small: drop attempts older than a day now and then.
  if (Math.random() < 0.02) {
    await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 86_400_000) } } });
  }
}
