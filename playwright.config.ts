// End-to-end tests against the documented production path (scripts/e2e-server.ts:
// `npm run build`, then `npm start`) with a fresh, seeded database: on the
// PostgreSQL server of TEST_DATABASE_URL when there is one (npm test and CI),
// else embedded. In Debian's Chromium (Playwright cannot download browsers
// here; scripts/lib/chromium.ts picks it). Specs live in e2e/, helpers in e2e/support/.
import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/lib/chromium";

const tsx = "node_modules/.bin/tsx";
// Ports can be moved so two runs (say, two developers' checkouts) do not clash.
const appPort = Number(process.env.E2E_PORT ?? 3100);
const oidcPort = Number(process.env.OIDC_PORT ?? 3101);

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Tests, not files, are shared out between the workers: one long file must not keep a worker
  // busy while the other idles. Every test makes its own data (unique titles), so order is free.
  fullyParallel: true,
  // 2 cores: the app server, the browser and the test runner share them.
  workers: 2,
  // A production build, two workers and a browser share 2 cores: give each test a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ...(process.env.CI ? [["html", { open: "never" }] as const] : []),
    // npm test counts the tests from this file (scripts/test.ts).
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [["json"] as const] : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath() ?? "/usr/bin/chromium-headless-shell",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs every seeded account in once; the specs reuse those sessions (e2e/support/signed-in.ts).
    { name: "sign-in", testMatch: /sign-in\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["sign-in"] },
  ],
  webServer: [
    {
      // Test OpenID Connect provider (SSO specs).
      command: `${tsx} e2e/support/oidc-provider.ts`,
      url: `http://127.0.0.1:${oidcPort}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      // Migrates and seeds a throwaway database, runs `npm run build`, then `npm start`.
      command: `${tsx} scripts/e2e-server.ts`,
      url: `http://127.0.0.1:${appPort}/api/health`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "pipe",
      // npm start drains and closes the database; e2e-server.ts then removes the database.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
