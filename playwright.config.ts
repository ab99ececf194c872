// End-to-end tests against a production build (scripts/e2e-server.ts) with a
// fresh, seeded embedded database, in Debian's Chromium (Playwright cannot
// download browsers here). Specs live in e2e/, helpers in e2e/support/.
import { defineConfig, devices } from "@playwright/test";

const tsx = "node_modules/.bin/tsx";
// Ports can be moved so two runs (say, two developers' checkouts) do not clash.
const appPort = Number(process.env.E2E_PORT ?? 3100);
const oidcPort = Number(process.env.OIDC_PORT ?? 3101);

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // 2 cores: the app server, the browser and the test runner share them.
  workers: 2,
  // A production build, two workers and a browser share 2 cores: give each test a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
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
      // Migrates and seeds a throwaway database, runs `next build`, then `next start`.
      command: `${tsx} scripts/e2e-server.ts`,
      url: `http://127.0.0.1:${appPort}/api/health`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "pipe",
      // Lets e2e-server.ts stop `next start` and remove its temp folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
