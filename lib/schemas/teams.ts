import { z } from "zod";
import { text } from "./text";
import { emailSchema } from "./auth";

export const roleSchema = z.enum(["VIEWER", "WRITER", "REVIEWER", "MANAGER", "ADMIN"], {
  error: "Choose a role.",
});

export const createTeamSchema = z.object({
  name: text().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
  slug: text()
    .trim()
    .toLowerCase()
    .min(2, "Use at least 2 characters.")
    .max(40, "Use at most 40 characters.")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes."),
});

export const createInviteSchema = z.object({
  email: emailSchema,
  role: roleSchema,
});

export const changeRoleSchema = z.object({
  membershipId: text().min(1),
  role: roleSchema,
});
