// The headers proxy.ts puts on responses: Strict-Transport-Security only when
// the request came over https (lib/https.ts decides; here the wiring).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

async function respond(env: Record<string, string>, url: string, headers: Record<string, string> = {}) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { proxy } = await import("@/proxy");
  return proxy(new NextRequest(url, { headers }));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("proxy transport headers", () => {
  it("sends HSTS for a year with subdomains when the public URL is https", async () => {
    const response = await respond(
      { NEXTAUTH_URL: "https://kintsugi.example.com" },
      "http://10.0.0.5/sign-in",
    );
    const hsts = response.headers.get("strict-transport-security") ?? "";
    expect(hsts).toContain("includeSubDomains");
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 3600);
  });

  it("sends HSTS on the redirect to sign-in too", async () => {
    const response = await respond(
      { NEXTAUTH_URL: "https://kintsugi.example.com" },
      "http://10.0.0.5/postmortems",
    );
    expect(response.status).toBe(307);
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("trusts X-Forwarded-Proto behind a trusted proxy only", async () => {
    const plain = { NEXTAUTH_URL: "http://localhost:3000" };
    const forged = await respond({ ...plain, TRUSTED_PROXY_HOPS: "0" }, "http://localhost:3000/sign-in", {
      "x-forwarded-proto": "https",
    });
    expect(forged.headers.get("strict-transport-security")).toBeNull();
    const proxied = await respond({ ...plain, TRUSTED_PROXY_HOPS: "1" }, "http://localhost:3000/sign-in", {
      "x-forwarded-proto": "https",
    });
    expect(proxied.headers.get("strict-transport-security")).toContain("max-age=");
    const proxiedHttp = await respond(
      { ...plain, TRUSTED_PROXY_HOPS: "1" },
      "http://localhost:3000/sign-in",
      {
        "x-forwarded-proto": "http",
      },
    );
    expect(proxiedHttp.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends no HSTS over plain http", async () => {
    const response = await respond(
      { NEXTAUTH_URL: "http://localhost:3000" },
      "http://localhost:3000/sign-in",
    );
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
