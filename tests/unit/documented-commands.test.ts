// Every npm command README.md and docs/ARCHITECTURE.md tell people to run
// exists, points at a file that exists, and is run by a test or by .ci/run
// (`npm start` once pointed at a scripts/start.ts that never existed).
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const docs = ["README.md", "docs/ARCHITECTURE.md"];
const scripts = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
  .scripts;

/** npm scripts the docs name: `npm start`, `npm test`, `npm run x`. */
function documentedScripts(): Set<string> {
  const found = new Set<string>();
  for (const file of docs) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bnpm (start|test)\b/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\bnpm run ([a-z][\w:-]*)/g)) found.add(m[1]!);
  }
  return found;
}

/** Where each documented command is run as a user runs it (a file that contains the invocation). */
const exercisedBy: Record<string, { file: string; invocation: string }> = {
  start: { file: "tests/commands/start.test.ts", invocation: '["start"]' },
  test: { file: ".ci/run", invocation: "npm test" },
  demo: { file: "tests/commands/demo.test.ts", invocation: '["run", "demo"]' },
  dev: { file: "tests/commands/database-commands.test.ts", invocation: '["run", "dev"]' },
  build: { file: "scripts/e2e-server.ts", invocation: '["run", "build"]' },
  "db:deploy": { file: "tests/commands/database-commands.test.ts", invocation: '["run", "db:deploy"]' },
  "db:seed": { file: "tests/commands/database-commands.test.ts", invocation: '["run", "db:seed"]' },
  "db:new-migration": {
    file: "tests/commands/new-migration.test.ts",
    invocation: '["run", "db:new-migration"',
  },
  bench: { file: ".ci/run", invocation: "npm run bench" },
  backup: { file: "tests/integration/backup-restore.test.ts", invocation: '["run", "backup"' },
  restore: { file: "tests/integration/backup-restore.test.ts", invocation: '["run", "restore"' },
};

describe("the commands the docs name", () => {
  const documented = documentedScripts();

  it("include the production path", () => {
    for (const name of ["start", "test", "demo", "dev", "build", "db:deploy", "db:seed"]) {
      expect(documented, name).toContain(name);
    }
  });

  it.each([...documentedScripts()])("npm %s exists and its script file exists", (name) => {
    expect(scripts[name], `package.json has no "${name}" script`).toBeDefined();
    for (const m of scripts[name]!.matchAll(/(?:^|\s)(scripts\/[\w./-]+\.ts)\b/g)) {
      expect(fs.existsSync(m[1]!), `${name} runs ${m[1]}, which does not exist`).toBe(true);
    }
  });

  it.each([...documentedScripts()])("npm %s is run by a test or by .ci/run", (name) => {
    const where = exercisedBy[name];
    expect(where, `say in exercisedBy where "npm ${name}" is run`).toBeDefined();
    expect(fs.readFileSync(where!.file, "utf8")).toContain(where!.invocation);
  });
});
