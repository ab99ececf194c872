import { describe, expect, it } from "vitest";
import { UNKNOWN_ADDRESS, addressBucket, clientAddress, normalizeAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("uses the socket address and ignores X-Forwarded-For with no trusted proxy", () => {
    const h = headers({ "x-kintsugi-peer-address": "203.0.113.7", "x-forwarded-for": "198.51.100.1" });
    expect(clientAddress(h, 0)).toBe("203.0.113.7");
  });

  it("falls back to one unknown bucket without the peer header", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headers({ "x-kintsugi-peer-address": "not an address" }), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("takes the n-th address from the right behind n trusted proxies", () => {
    const h = headers({
      "x-kintsugi-peer-address": "10.0.0.2",
      // The client wrote the first two; proxy 1 appended the client, proxy 2 appended proxy 1.
      "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.9, 10.0.0.1",
    });
    expect(clientAddress(h, 1)).toBe("10.0.0.1");
    expect(clientAddress(h, 2)).toBe("203.0.113.9");
  });

  it("uses the socket address when X-Forwarded-For is shorter than the hops", () => {
    const h = headers({ "x-kintsugi-peer-address": "10.0.0.2", "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(h, 2)).toBe("10.0.0.2");
    expect(clientAddress(headers({ "x-kintsugi-peer-address": "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });

  it("uses the socket address when the trusted entry is not an address", () => {
    const h = headers({ "x-kintsugi-peer-address": "10.0.0.2", "x-forwarded-for": "1.1.1.1, garbage" });
    expect(clientAddress(h, 1)).toBe("10.0.0.2");
  });

  it("reads a header joined from several X-Forwarded-For lines", () => {
    const h = new Headers();
    h.set("x-kintsugi-peer-address", "10.0.0.2");
    h.append("x-forwarded-for", "6.6.6.6");
    h.append("x-forwarded-for", "203.0.113.9");
    expect(clientAddress(h, 1)).toBe("203.0.113.9");
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7:51234 ", "203.0.113.7"],
    ["::ffff:10.0.0.1", "10.0.0.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["2001:db8::1", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::1", "::1"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["64:ff9b::192.0.2.33", "64:ff9b::192.0.2.33"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });

  it.each([
    "",
    "unknown",
    "999.1.1.1",
    "1.2.3",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "<script>",
    "a".repeat(200),
    "12345::",
  ])("rejects %j", (raw) => {
    expect(normalizeAddress(raw)).toBeNull();
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 addresses and groups IPv6 by /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressBucket(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});
