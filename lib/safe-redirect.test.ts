import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

const origin = "https://kintsugi.example.com";
const safe = (value: unknown) => safeCallbackPath(value, origin, "/fallback");

describe("safeCallbackPath", () => {
  it.each([
    ["/postmortems", "/postmortems"],
    ["/postmortems/abc?tab=timeline#event-1", "/postmortems/abc?tab=timeline#event-1"],
    ["/invite/tok%2Fen", "/invite/tok%2Fen"],
    ["/a/../settings", "/settings"],
    ["https://kintsugi.example.com/settings?x=1", "/settings?x=1"],
    ["https://kintsugi.example.com", "/"],
    // An encoded newline stays inside the path: harmless.
    ["/%0a/evil", "/%0a/evil"],
  ])("keeps the same-site %j", (value, expected) => {
    expect(safe(value)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/postmortems",
    "https://kintsugi.example.com.evil.example/",
    "http://kintsugi.example.com/settings",
    "https://kintsugi.example.com@evil.example/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "",
    "%%%",
    "http://[::1",
    "/" + "a".repeat(5000),
    "/\u0000",
    undefined,
    null,
    42,
    ["/postmortems"],
    { toString: () => "/x" },
  ])("refuses %j", (value) => {
    expect(safe(value)).toBe("/fallback");
  });

  it("refuses absolute URLs when the origin is unknown or garbage, without throwing", () => {
    expect(safeCallbackPath("https://kintsugi.example.com/x", undefined, "/f")).toBe("/f");
    expect(safeCallbackPath("https://kintsugi.example.com/x", "not a url", "/f")).toBe("/f");
    expect(safeCallbackPath("/x", "not a url", "/f")).toBe("/x");
  });
});
