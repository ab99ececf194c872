import "server-only";
import { loadEnv } from "./env-schema";

/** The validated environment. Nothing else in the app reads process.env. */
export const env = loadEnv(process.env);
export type { Env } from "./env-schema";

/** The app's public address (for links people share, like invites). */
export const publicUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;

// next-auth 4 reads its public URL from process.env itself.
process.env.NEXTAUTH_URL ??= publicUrl;
