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

  it("trusts no proxy by default and accepts a small number of hops", () => {
    expect(loadEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(loadEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => loadEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => loadEnv({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
