// The layering rules of eslint.config.mjs (docs/house-style.md), fed code as
// if it lived in components/ or lib/: static imports, dynamic import() and
// Prisma types, which used to slip past them.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// ESLint with the type-aware config takes seconds on a busy 2-core machine.
describe("layering lint", { timeout: 60_000 }, () => {
  it("components import Server Actions, and nothing else of server/, statically or dynamically", async () => {
    expect(
      await problems(
        "components/x/ok.tsx",
        'import { createEventAction } from "@/server/timeline/actions";\nexport const a = createEventAction;\n',
      ),
    ).toEqual([]);
    const found = await problems(
      "components/x/bad.tsx",
      [
        'import { getPostmortem } from "@/server/postmortems/queries";',
        "export const a = getPostmortem;",
        'export const b = () => import("@/server/postmortems/queries");',
        'export const c = () => import("../../lib/db");',
        "",
      ].join("\n"),
    );
    expect(found).toHaveLength(3);
    expect(found.filter((m) => m.startsWith("no-restricted-syntax"))).toHaveLength(2);
  });

  it("components take no Prisma types, even type-only; enums are fine", async () => {
    const found = await problems(
      "components/x/types.tsx",
      [
        'import type { Postmortem } from "@/lib/generated/prisma/client";',
        'import type { Role } from "@/lib/generated/prisma/enums";',
        "export type P = [Postmortem, Role];",
        "",
      ].join("\n"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/view types/);
  });

  it("lib/ never reaches server/, not even through import()", async () => {
    expect(
      await problems("lib/x.ts", 'export const load = () => import("@/server/postmortems/queries");\n'),
    ).toHaveLength(1);
  });
});
