import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

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
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // Each file gets its own database; two files at a time (2 cores).
          pool: "forks",
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
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
