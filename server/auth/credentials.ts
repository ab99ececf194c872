import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { signInSchema } from "@/lib/schemas/auth";
import { isThrottled, recordSignInAttempt } from "./throttle";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

// A real hash of a random string, so unknown emails cost the same time.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$VWdVtShFTSn4apNSP3GiWQ$YgOE/jB2EqU9kfjrptB8pDiYueKx8/adZ6Vn5As2GLU";

/** Checks an email and password, with throttling. Never says which was wrong. */
export async function checkCredentials(input: unknown, ip: string | null): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  if (await isThrottled(email, ip)) return { ok: false, reason: "throttled" };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      deactivatedAt: true,
      sessionVersion: true,
    },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const ok = Boolean(user && user.passwordHash && !user.deactivatedAt && valid);
  await recordSignInAttempt(email, ip, ok);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
