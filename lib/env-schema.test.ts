import { describe, expect, it } from "vitest";
import { loadEnv } from "./env-schema";

describe("environment", () => {
  it("defaults to the embedded database with no configuration", () => {
    const env = loadEnv({});
    expect(env.databaseMode).toBe("embedded");
    expect(env.PORT).toBe(3000);
    expect(env.oidcEnabled).toBe(false);
    expect(env.ALLOW_SIGNUP).toBe(false);
  });

  it("switches to PostgreSQL with a postgres URL", () => {
    expect(loadEnv({ DATABASE_URL: "postgresql://u@localhost/db" }).databaseMode).toBe("postgres");
    expect(loadEnv({ DATABASE_URL: "" }).databaseMode).toBe("embedded");
  });

  it("rejects other URLs and half-configured SSO with a clear message", () => {
    expect(() => loadEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadEnv({ OIDC_ISSUER: "https://id.example" })).toThrow(
      /OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/,
    );
  });

  it("enables SSO when all three settings are present", () => {
    const env = loadEnv({ OIDC_ISSUER: "https://id.example", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" });
    expect(env.oidcEnabled).toBe(true);
  });

  it("gives the identity provider 10 s per request unless told otherwise, and refuses nonsense", () => {
    expect(loadEnv({}).OIDC_HTTP_TIMEOUT_MS).toBe(10_000);
    expect(loadEnv({ OIDC_HTTP_TIMEOUT_MS: "30000" }).OIDC_HTTP_TIMEOUT_MS).toBe(30_000);
    expect(() => loadEnv({ OIDC_HTTP_TIMEOUT_MS: "10" })).toThrow(/OIDC_HTTP_TIMEOUT_MS/);
  });

  describe("the auth secret", () => {
    const strong = "VDEzMSV9sBfNEaPjQ0cIcwRnu90MMAw28C6VkQPrg6k=";
    const postgres = { DATABASE_URL: "postgresql://u@db.internal/kintsugi" };

    it("is required with PostgreSQL in production", () => {
      expect(() => loadEnv({ ...postgres, NODE_ENV: "production" })).toThrow(
        /NEXTAUTH_SECRET: is required with PostgreSQL in production .*openssl rand -base64 32/,
      );
      expect(loadEnv({ ...postgres, NODE_ENV: "production", NEXTAUTH_SECRET: strong }).NEXTAUTH_SECRET).toBe(
        strong,
      );
    });

    it("is not required in the embedded mode (generated into the data folder), in development, or while building", () => {
      expect(loadEnv({ NODE_ENV: "production" }).NEXTAUTH_SECRET).toBeUndefined();
      expect(loadEnv({ ...postgres, NODE_ENV: "development" }).databaseMode).toBe("postgres");
      expect(
        loadEnv({ ...postgres, NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).databaseMode,
      ).toBe("postgres");
    });

    it("refuses weak secrets in every mode", () => {
      for (const env of [{ NODE_ENV: "production", ...postgres }, { NODE_ENV: "production" }, {}]) {
        for (const secret of ["abc", "kintsugi-secret-".repeat(10), "x".repeat(64)]) {
          expect(() => loadEnv({ ...env, NEXTAUTH_SECRET: secret }), secret).toThrow(
            /NEXTAUTH_SECRET: is too weak to sign sessions/,
          );
        }
      }
      // Blank is unset: in production with PostgreSQL that is the "required" error.
      expect(() => loadEnv({ ...postgres, NODE_ENV: "production", NEXTAUTH_SECRET: "   " })).toThrow(
        /NEXTAUTH_SECRET: is required/,
      );
    });

    it("lists every problem at once", () => {
      expect(() => loadEnv({ NEXTAUTH_SECRET: "abc", PORT: "0", DATABASE_URL: "mysql://x" })).toThrow(
        /PORT: .*\n.*DATABASE_URL: must be a postgres.*\n.*NEXTAUTH_SECRET: is too weak/s,
      );
    });
  });

  it("trusts no proxy by default and accepts a small number of hops", () => {
    expect(loadEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(loadEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => loadEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => loadEnv({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
