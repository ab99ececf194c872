import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Integration test files that get a fresh module graph of their own (they mock modules). */
const ISOLATED = ["tests/integration/isolated/**/*.test.ts"];

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
        test: {
          name: "unit",
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
        },
      },
      {
        extends: true,
        test: {
          ...integration,
          name: "integration",
          exclude: [...ISOLATED],
          // A worker keeps its modules and its database from one file to the next (the setup file
          // empties the database before each test): per-file isolation cost more than the tests
          // (a PGlite start and the data layer's imports for each of 30 files). Module-level state
          // must therefore not carry meaning between tests, and a file that vi.mock()s a module
          // goes in tests/integration/isolated/ (a mock would leak to the worker's next files).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...integration,
          name: "integration-isolated",
          include: [...ISOLATED],
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
