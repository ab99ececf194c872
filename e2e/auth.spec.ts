import { e2eDatabaseMode } from "./support/database";
import { expect, test } from "./support/fixtures";
import { reviewScreenshots } from "./support/screenshots";
import { PASSWORD, world } from "./support/world";

test.describe("sign-in", () => {
  test("a user signs in with email and password and lands on their team's postmortems", async ({ page }) => {
    await page.goto("/postmortems");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpostmortems/);
    await page.getByLabel("Email").fill(world.users.alphaWriter.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Team" })).toHaveValue(world.teams.alpha.slug);
  });

  test("a wrong password gives a clear error and keeps the email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(world.users.alphaViewer.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(world.users.alphaViewer.email);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an empty form says what is missing next to each field, and keeps what was typed", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#email-error")).toHaveText("Enter your email address.");
    await expect(page.locator("#password-error")).toHaveText("Enter your password.");
    await expect(page.getByText("Wrong email or password.")).toHaveCount(0);
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await reviewScreenshots(page, "sign-in-empty");

    await page.getByLabel("Email").fill(world.users.alphaViewer.email);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#email-error")).toBeEmpty();
    await expect(page.locator("#password-error")).toHaveText("Enter your password.");
    await expect(page.getByLabel("Email")).toHaveValue(world.users.alphaViewer.email);
    await expect(page.getByLabel("Password")).toBeFocused();

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
  });

  test("the server refuses missing fields itself and names them", async ({ request }) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "", password: "", json: "true", callbackUrl: "/postmortems" },
    });
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).searchParams.get("error")).toBe("SignInFields:email,password");
  });

  test("a planted or garbage callback-url cookie neither breaks pages nor redirects off-site", async ({
    page,
    baseURL,
  }) => {
    for (const value of ["%%%not-a-url", "https://evil.example/phish", "/\\evil.example"]) {
      await page.context().clearCookies();
      await page.context().addCookies([{ name: "next-auth.callback-url", value, url: baseURL! }]);
      const response = await page.goto("/sign-in");
      expect(response?.status()).toBe(200);
      expect((await page.request.get("/api/auth/session")).status()).toBe(200);
      await page.getByLabel("Email").fill(world.users.alphaViewer.email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect((await page.goto("/settings"))?.status()).toBe(200);
    }
  });

  test("a callbackUrl to another site lands on the postmortems instead", async ({ page, baseURL }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\\evil.example/x")}`);
    await page.getByLabel("Email").fill(world.users.alphaViewer.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });

  test("signing out ends the session, also for a copied cookie", async ({
    page,
    browser,
    signInThroughForm,
  }) => {
    // A session of its own: the shared one (e2e/support/signed-in.ts) must outlive this test.
    await signInThroughForm(page, world.users.betaWriter.email);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    // A stolen copy of the old session cookie no longer works.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/postmortems");
    await expect(replayPage).toHaveURL(/\/sign-in/);
    await replay.close();
  });
});

test.describe("security headers", () => {
  test("every page sends a strict CSP and no X-Powered-By", async ({ request }) => {
    const response = await request.get("/sign-in");
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("over plain http, a client's X-Forwarded-Proto does not turn on HSTS", async ({ request }) => {
    // The https cases are unit-tested (tests/unit/proxy-headers.isolated.test.ts); this server is plain http
    // with no trusted proxy, so the header is the client's own and is ignored.
    const response = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });

  test(`the health endpoint reports the ${e2eDatabaseMode()} database`, async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: e2eDatabaseMode() });
  });
});
