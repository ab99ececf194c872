import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "../password-rules";
import { SIGN_IN_MESSAGES } from "../sign-in-fields";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, SIGN_IN_MESSAGES.emailMissing)
  .max(254, "That email address is too long.")
  .pipe(z.email(SIGN_IN_MESSAGES.emailInvalid));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, SIGN_IN_MESSAGES.passwordMissing).max(1024, "That password is too long."),
});

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(1024, "That password is too long.");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: passwordSchema,
  invite: z.string().max(200).optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().max(1024, "That password is too long."),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  });
