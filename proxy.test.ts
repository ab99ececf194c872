import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { config } from "./proxy";

// The matcher has no named parameters, so path-to-regexp (which Next.js uses) reads it as this regular expression.
const matcher = new RegExp(`^${config.matcher[0]!.source}$`);

describe("the proxy's matcher", () => {
  it("lets every file in public/ and app/icon.svg through without a session", () => {
    const files = fs.readdirSync("public");
    expect(files.length).toBeGreaterThan(0);
    for (const file of [...files, "icon.svg"]) expect(matcher.test(`/${file}`), file).toBe(false);
    expect(matcher.test("/_next/static/chunks/app.js")).toBe(false);
  });

  it("runs for pages and API routes, including names that only start like a public file", () => {
    for (const path of [
      "/",
      "/postmortems",
      "/sign-in",
      "/api/health",
      "/robots.txt.php",
      "/favicon.icon",
      "/icon-192.png/x",
    ]) {
      expect(matcher.test(path), path).toBe(true);
    }
  });
});
