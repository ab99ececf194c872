// Environment schema, shared by the app (lib/env.ts) and the scripts in
// scripts/ (which run outside Next and cannot import "server-only" modules).
import path from "node:path";
import { z } from "zod";
import { secretWeakness } from "./secret-strength";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** postgres:// or postgresql:// switches to a PostgreSQL server. */
    DATABASE_URL: optionalString,
    /** Folder of the embedded database (PGlite) and its generated secret. */
    KINTSUGI_DATA_DIR: z.string().default("./data"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Address `npm start` listens on (unset: every interface). */
    HOST: optionalString,
    NEXTAUTH_URL: optionalString,
    /** Signs session tokens: at least 32 random bytes (lib/secret-strength.ts). */
    NEXTAUTH_SECRET: optionalString,
    /** Set by Next.js while it builds (`phase-production-build`). */
    NEXT_PHASE: optionalString,
    /** Absolute session lifetime in hours, whatever the activity. */
    SESSION_MAX_AGE_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(24 * 7),
    /** Open sign-up (otherwise: the first user, or with an invite). */
    ALLOW_SIGNUP: z
      .enum(["true", "false", "1", "0"])
      .default("false")
      .transform((v) => v === "true" || v === "1"),
    /**
     * How many proxies in front of the app append to X-Forwarded-For (and set
     * X-Forwarded-Proto). 0: none, the socket address is the client's.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    OIDC_ISSUER: optionalString,
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().default("Single sign-on"),
    /**
     * How long a request to the identity provider (discovery, token, keys) may
     * take. openid-client's default, 3.5 s, fails sign-ins on a slow or busy
     * provider.
     */
    OIDC_HTTP_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
  })
  .superRefine((e, ctx) => {
    if (e.DATABASE_URL && !/^postgres(ql)?:\/\//.test(e.DATABASE_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)",
      });
    }
    if (e.NEXTAUTH_SECRET) {
      const weakness = secretWeakness(e.NEXTAUTH_SECRET);
      if (weakness) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: weakness });
    } else if (e.DATABASE_URL && e.NODE_ENV === "production" && e.NEXT_PHASE !== "phase-production-build") {
      // Embedded mode generates one into the data folder (server/auth/secret.ts). With
      // PostgreSQL there may be several servers, and they must share one.
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message:
          "is required with PostgreSQL in production (every server must use the same one). " +
          "Generate one with: openssl rand -base64 32",
      });
    }
    const oidc = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc !== 0 && oidc !== 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & {
  databaseMode: "embedded" | "postgres";
  dataDir: string;
  oidcEnabled: boolean;
};

export function loadEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    ...e,
    databaseMode: e.DATABASE_URL ? "postgres" : "embedded",
    dataDir: path.resolve(e.KINTSUGI_DATA_DIR),
    oidcEnabled: Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET),
  };
}
