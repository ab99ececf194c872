import { describe, expect, it } from "vitest";
import { isHttpsRequest } from "@/lib/https";
import { teamCookieAttributes } from "@/server/teams/current";

const secureFor = (signals: Parameters<typeof isHttpsRequest>[0]) =>
  teamCookieAttributes(isHttpsRequest(signals)).secure;

describe("team cookie", () => {
  it("is Secure exactly when the request came over https", () => {
    expect(secureFor({ publicUrl: "https://k.example", trustedProxyHops: 0, forwardedProto: null })).toBe(
      true,
    );
    expect(
      secureFor({ publicUrl: "http://localhost:3000", trustedProxyHops: 1, forwardedProto: "https" }),
    ).toBe(true);
    expect(
      secureFor({ publicUrl: "http://localhost:3000", trustedProxyHops: 0, forwardedProto: "https" }),
    ).toBe(false);
    expect(secureFor({ publicUrl: undefined, trustedProxyHops: 0, forwardedProto: null })).toBe(false);
  });

  it("stays HttpOnly and SameSite=Lax", () => {
    expect(teamCookieAttributes(false)).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
  });
});
