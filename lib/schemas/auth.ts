import { z } from "zod";
import { text } from "./text";
import { PASSWORD_MIN_LENGTH } from "../password-rules";
import { SIGN_IN_MESSAGES } from "../sign-in-fields";

export const emailSchema = text()
  .trim()
  .toLowerCase()
  .min(1, SIGN_IN_MESSAGES.emailMissing)
  .max(254, "That email address is too long.")
  .pipe(z.email(SIGN_IN_MESSAGES.emailInvalid));

export const signInSchema = z.object({
  email: emailSchema,
  password: text().min(1, SIGN_IN_MESSAGES.passwordMissing).max(1024, "That password is too long."),
});

export const passwordSchema = text()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(1024, "That password is too long.");

export const signUpSchema = z.object({
  name: text().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: passwordSchema,
  invite: text().max(200).optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: text().max(1024, "That password is too long."),
    newPassword: passwordSchema,
    confirmPassword: text(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  });
