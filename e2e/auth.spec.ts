import { e2eDatabaseMode } from "./support/database";
import { expect, test } from "./support/fixtures";
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

  test("signing out ends the session, also for a copied cookie", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.betaWriter.email);
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

  test(`the health endpoint reports the ${e2eDatabaseMode()} database`, async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: e2eDatabaseMode() });
  });
});
