import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { signInSchema } from "@/lib/schemas/auth";
import { SIGN_IN_FIELDS_ERROR, type SignInField } from "@/lib/sign-in-fields";
import { requestInfoFromRecord } from "./request";
import { recordPasswordAttempt, throttleReason, type ThrottleReason } from "./throttle";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; limit: ThrottleReason }
  | { ok: false; reason: "fields"; fields: SignInField[] };

// A real hash of a random string, so unknown emails cost the same time.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$VWdVtShFTSn4apNSP3GiWQ$YgOE/jB2EqU9kfjrptB8pDiYueKx8/adZ6Vn5As2GLU";

/**
 * Checks an email and password from `address` (lib/client-address.ts), with
 * throttling (throttle.ts). Never says which of the two was wrong; says which
 * field is missing or malformed.
 */
export async function checkCredentials(input: unknown, address: string): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    return {
      ok: false,
      reason: "fields",
      fields: (["email", "password"] as const).filter((f) => fields.has(f)),
    };
  }
  const { email, password } = parsed.data;
  const limit = await throttleReason(email, address);
  if (limit) return { ok: false, reason: "throttled", limit };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, deactivatedAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const ok = Boolean(user && user.passwordHash && !user.deactivatedAt && valid);
  await recordPasswordAttempt(email, address, ok);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/** The error codes the sign-in form turns into messages (components/auth/sign-in-form.tsx). */
const THROTTLE_ERRORS: Record<ThrottleReason, string> = {
  pair: "TooManyAttempts",
  address: "TooManyAttempts",
  account: "AccountThrottled",
};

/**
 * next-auth's `authorize` for email and password. next-auth hands it the
 * request's headers only (a plain object), so the client address comes from
 * the peer header there (server/auth/request.ts). Returns the user or null
 * (wrong email or password); throws an error whose message is the code the
 * sign-in form shows (next-auth passes it through).
 */
export async function authorizeCredentials(
  credentials: unknown,
  headers: Record<string, unknown> | undefined,
  trustedProxyHops?: number,
) {
  const { address } = requestInfoFromRecord(headers, trustedProxyHops);
  const result = await checkCredentials(credentials, address);
  if (result.ok) return result.user;
  if (result.reason === "throttled") throw new Error(THROTTLE_ERRORS[result.limit]);
  if (result.reason === "fields") throw new Error(`${SIGN_IN_FIELDS_ERROR}:${result.fields.join(",")}`);
  return null;
}
