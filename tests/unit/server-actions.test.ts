// Every Server Action goes through the one pipeline (server/action.ts): each
// export of every "use server" module must be made by defineAction or
// defineFormAction, so none hand-writes its own session check, validation or
// error masking.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDefinedAction } from "@/server/action";

const SKIPPED = new Set(["node_modules", ".next", ".git", "e2e", "tests", "generated", "scripts"]);

function serverActionModules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionModules(full);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    const source = fs.readFileSync(full, "utf8");
    return /^["']use server["'];?\s*$/m.test(source.split("\n").slice(0, 3).join("\n"))
      ? [path.relative(process.cwd(), full)]
      : [];
  });
}

describe("Server Actions", () => {
  const modules = serverActionModules(process.cwd());

  it("are found in every domain that has them", () => {
    expect(modules.length).toBeGreaterThanOrEqual(14);
    expect(modules).toContain("server/timeline/actions.ts");
  });

  it.each(modules)("%s: every export is made by defineAction or defineFormAction", async (file) => {
    const exported = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, unknown>;
    const names = Object.keys(exported);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !isDefinedAction(exported[name]))).toEqual([]);
  });
});
