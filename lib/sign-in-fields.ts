// What is missing from a sign-in form, checked in the browser before sending
// and again on the server (lib/schemas/auth.ts uses the same messages).
// No zod here: the sign-in page's JavaScript stays small.

export const SIGN_IN_MESSAGES = {
  emailMissing: "Enter your email address.",
  emailInvalid: "Enter a valid email address.",
  passwordMissing: "Enter your password.",
} as const;

export type SignInField = "email" | "password";
export type SignInFieldErrors = Partial<Record<SignInField, string>>;

export function checkSignInFields(values: { email: string; password: string }): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const email = values.email.trim();
  if (!email) errors.email = SIGN_IN_MESSAGES.emailMissing;
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = SIGN_IN_MESSAGES.emailInvalid;
  if (!values.password) errors.password = SIGN_IN_MESSAGES.passwordMissing;
  return errors;
}

/**
 * The error code next-auth carries back when the server finds fields missing
 * ("SignInFields:email,password"), and its parser.
 */
export const SIGN_IN_FIELDS_ERROR = "SignInFields";

export function fieldsFromErrorCode(code: string | undefined | null): SignInField[] | null {
  if (!code?.startsWith(`${SIGN_IN_FIELDS_ERROR}:`)) return null;
  return code
    .slice(SIGN_IN_FIELDS_ERROR.length + 1)
    .split(",")
    .filter((f): f is SignInField => f === "email" || f === "password");
}
