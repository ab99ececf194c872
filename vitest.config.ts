import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Test files do not get a fresh module graph each (isolate: false below): a worker keeps its modules
// (and, for the integration tests, its database) from one file to the next. Isolating every file
// cost more than the tests themselves (imports, and a PGlite start per integration file). So
// module-level state must not carry meaning between tests, and a file that mocks modules
// (vi.mock) is named *.isolated.test.ts and runs on its own, where its mocks cannot leak into the
// next file (tests/unit/test-isolation.test.ts checks the naming).
const ISOLATED = ["**/*.isolated.test.ts", "**/*.isolated.test.tsx"];

const unit: TestProjectInlineConfiguration["test"] = {
  environment: "node",
  include: ["**/*.test.ts", "**/*.test.tsx"],
  exclude: [
    "tests/integration/**",
    "tests/commands/**",
    "e2e/**",
    "**/node_modules/**",
    ".next/**",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
  ],
};

const integration: TestProjectInlineConfiguration["test"] = {
  environment: "node",
  include: ["tests/integration/**/*.test.ts"],
  globalSetup: ["tests/integration/global-setup.ts"],
  setupFiles: ["tests/integration/setup.ts"],
  // Each worker gets its own database; two at a time (2 cores).
  pool: "forks",
  maxWorkers: 2,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: {
    alias: [
      // "server-only" throws outside a React Server Components bundle.
      { find: /^server-only$/, replacement: `${root}tests/server-only-stub.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    // 2 cores: at most two test files at once.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { ...unit, name: "unit", exclude: [...unit.exclude!, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { ...unit, name: "unit-isolated", include: ISOLATED } },
      {
        extends: true,
        test: { ...integration, name: "integration", exclude: ISOLATED, isolate: false },
      },
      {
        extends: true,
        test: {
          ...integration,
          name: "integration-isolated",
          include: ISOLATED.map((glob) => `tests/integration/${glob}`),
        },
      },
      {
        extends: true,
        test: {
          // The commands README.md and docs/ARCHITECTURE.md document, run as a user runs them
          // (npm start, npm run demo, npm run dev, npm run db:*). Two files at a time: each server
          // takes a free port and its own data; much of a test is waiting for a server to start.
          name: "commands",
          environment: "node",
          include: ["tests/commands/**/*.test.ts"],
          // Builds the app first when the build is stale, so no test builds while another serves.
          globalSetup: ["tests/commands/global-setup.ts"],
          pool: "forks",
          maxWorkers: 2,
          testTimeout: 360_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
