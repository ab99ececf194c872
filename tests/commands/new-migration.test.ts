// npm run db:new-migration -- <name>, in a scratch copy of the project's
// Prisma files (so the real prisma/migrations is never touched): a schema
// change becomes a migration folder with its SQL, and the snapshot follows.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanEnv, runNpm, tempDir } from "./support";

let remove: (() => void) | null = null;
afterEach(() => remove?.());

function scratchProject(): string {
  const t = tempDir("kintsugi-new-migration-");
  remove = t.remove;
  const root = process.cwd();
  for (const file of [
    "package.json",
    "prisma.config.ts",
    "prisma/schema.prisma",
    "prisma/migrations/schema.snapshot.prisma",
    "scripts/new-migration.ts",
  ]) {
    fs.mkdirSync(path.dirname(path.join(t.dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(t.dir, file));
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(t.dir, "node_modules"), "dir");
  return t.dir;
}

describe("npm run db:new-migration", () => {
  it("writes the SQL of a schema change and updates the snapshot", async () => {
    const project = scratchProject();
    const schema = path.join(project, "prisma", "schema.prisma");
    fs.appendFileSync(schema, "\nmodel CommandTestThing {\n  id    String @id\n  label String\n}\n");

    const result = await runNpm(
      ["run", "db:new-migration", "--", "add_command_test_thing"],
      cleanEnv({}),
      project,
    );
    expect(result.code, result.output).toBe(0);
    const folders = fs
      .readdirSync(path.join(project, "prisma", "migrations"))
      .filter((d) => /^\d{14}_add_command_test_thing$/.test(d));
    expect(folders).toHaveLength(1);
    const sql = fs.readFileSync(
      path.join(project, "prisma", "migrations", folders[0]!, "migration.sql"),
      "utf8",
    );
    expect(sql).toContain('CREATE TABLE "CommandTestThing"');
    expect(
      fs.readFileSync(path.join(project, "prisma", "migrations", "schema.snapshot.prisma"), "utf8"),
    ).toBe(fs.readFileSync(schema, "utf8"));
  });
});
