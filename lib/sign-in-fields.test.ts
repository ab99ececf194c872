import { describe, expect, it } from "vitest";
import { SIGN_IN_MESSAGES, checkSignInFields, fieldsFromErrorCode } from "./sign-in-fields";
import { signInSchema } from "./schemas/auth";

describe("checkSignInFields", () => {
  it("says what is missing, per field", () => {
    expect(checkSignInFields({ email: "", password: "" })).toEqual({
      email: SIGN_IN_MESSAGES.emailMissing,
      password: SIGN_IN_MESSAGES.passwordMissing,
    });
    expect(checkSignInFields({ email: "   ", password: "x" })).toEqual({
      email: SIGN_IN_MESSAGES.emailMissing,
    });
    expect(checkSignInFields({ email: "ada", password: "" })).toEqual({
      email: SIGN_IN_MESSAGES.emailInvalid,
      password: SIGN_IN_MESSAGES.passwordMissing,
    });
    expect(checkSignInFields({ email: " ada@example.test ", password: "x" })).toEqual({});
  });

  it("uses the same messages as the server's schema", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain(SIGN_IN_MESSAGES.emailMissing);
    expect(messages).toContain(SIGN_IN_MESSAGES.passwordMissing);
    expect(signInSchema.safeParse({ email: "ada", password: "x" }).error!.issues[0]!.message).toBe(
      SIGN_IN_MESSAGES.emailInvalid,
    );
  });
});

describe("fieldsFromErrorCode", () => {
  it("reads the fields the server refused", () => {
    expect(fieldsFromErrorCode("SignInFields:email,password")).toEqual(["email", "password"]);
    expect(fieldsFromErrorCode("SignInFields:password,bogus")).toEqual(["password"]);
    expect(fieldsFromErrorCode("CredentialsSignin")).toBeNull();
    expect(fieldsFromErrorCode(undefined)).toBeNull();
  });
});
