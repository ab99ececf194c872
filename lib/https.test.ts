import { describe, expect, it } from "vitest";
import { isHttpsRequest } from "./https";

describe("isHttpsRequest", () => {
  const plain = { publicUrl: "http://localhost:3000", trustedProxyHops: 0, forwardedProto: null };

  it("is false for a plain http setup", () => {
    expect(isHttpsRequest(plain)).toBe(false);
    expect(isHttpsRequest({ ...plain, publicUrl: undefined })).toBe(false);
  });

  it("is true when the public URL is https", () => {
    expect(isHttpsRequest({ ...plain, publicUrl: "https://kintsugi.example.com" })).toBe(true);
    expect(isHttpsRequest({ ...plain, publicUrl: "HTTPS://kintsugi.example.com" })).toBe(true);
  });

  it("ignores X-Forwarded-Proto from the client when no proxy is trusted", () => {
    expect(isHttpsRequest({ ...plain, forwardedProto: "https" })).toBe(false);
  });

  it("trusts X-Forwarded-Proto behind trusted proxies", () => {
    expect(isHttpsRequest({ ...plain, trustedProxyHops: 1, forwardedProto: "https" })).toBe(true);
    expect(isHttpsRequest({ ...plain, trustedProxyHops: 1, forwardedProto: "http" })).toBe(false);
    expect(isHttpsRequest({ ...plain, trustedProxyHops: 1, forwardedProto: null })).toBe(false);
    expect(isHttpsRequest({ ...plain, trustedProxyHops: 1, forwardedProto: " HTTPS " })).toBe(true);
  });

  it("reads the outermost trusted proxy's value when proxies append", () => {
    // The client sent "https"; the one trusted proxy appended "http".
    expect(isHttpsRequest({ ...plain, trustedProxyHops: 1, forwardedProto: "https, http" })).toBe(false);
    expect(isHttpsRequest({ ...plain, trustedProxyHops: 2, forwardedProto: "http, https, http" })).toBe(true);
    // Proxies that overwrite leave one value, whatever the number of hops.
    expect(isHttpsRequest({ ...plain, trustedProxyHops: 2, forwardedProto: "https" })).toBe(true);
  });
});
