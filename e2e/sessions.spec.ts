// Sessions: sign-out ends this browser's session only; the sessions list in
// settings ends another one (it is signed out at its next request) or all.
// Each test makes its own user (through an invite), so no other spec's
// sessions show up or get ended.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { reviewScreenshots } from "./support/screenshots";
import { PASSWORD, world } from "./support/world";

const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const NEW_PASSWORD = "quiet-harbor-lamp-42";

/** A manager invites a new member; returns the invite link and the new email. */
async function invite(page: Page, signIn: (page: Page, email: string) => Promise<void>) {
  await signIn(page, world.users.alphaManager.email);
  await page.goto("/settings/team");
  const email = `sessions-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@alpha.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create invite link" }).click();
  return { link: await page.getByLabel(/Invite link/).inputValue(), email };
}

/** Opens a new browser context with a Firefox-on-Windows user agent (a second device). */
async function secondDevice(browser: Browser) {
  const context = await browser.newContext({ userAgent: FIREFOX_WINDOWS });
  return { context, page: await context.newPage() };
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

test.describe("sessions", () => {
  test("sign-out ends one session; the sessions list ends another at its next request", async ({
    page,
    browser,
    signIn,
  }) => {
    const { link, email } = await invite(page, signIn);

    // Device B (Firefox on Windows) accepts the invite; a common password is refused beside the field first.
    const b = await secondDevice(browser);
    await b.page.goto(link);
    await b.page.getByLabel("Your name").fill("Sami Sessions");
    await b.page.getByLabel("Password").fill("password12");
    await b.page.getByRole("button", { name: "Create account" }).click();
    await expect(b.page.locator("#password-error")).toContainText("This password is too easy to guess.");
    await expect(b.page.getByLabel("Your name")).toHaveValue("Sami Sessions");
    await reviewScreenshots(b.page, "invite-common-password");
    await b.page.getByLabel("Password").fill(NEW_PASSWORD);
    await b.page.getByRole("button", { name: "Create account" }).click();
    await expect(b.page.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();

    // Device A (this browser) signs in as the same person.
    const a = await browser.newContext();
    const aPage = await a.newPage();
    await signInAs(aPage, email, NEW_PASSWORD);

    // Signing out on B keeps A signed in.
    await b.page.getByRole("button", { name: /Account menu/ }).click();
    await b.page.getByRole("button", { name: "Sign out" }).click();
    await expect(b.page).toHaveURL(/\/sign-in/);
    await aPage.goto("/postmortems");
    await expect(aPage.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();

    // B signs in again; A sees both sessions, itself marked.
    await signInAs(b.page, email, NEW_PASSWORD);
    await aPage.goto("/settings");
    const list = aPage.getByRole("region", { name: "Where you are signed in" });
    const rows = list.getByRole("listitem");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText("This device");
    const firefox = rows.filter({ hasText: "Firefox on Windows" });
    await expect(firefox).toHaveCount(1);
    await expect(firefox).not.toContainText("This device");
    await expect(firefox).toContainText(/signed in \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    await reviewScreenshots(aPage, "sessions-list");

    // A ends B's session; B's next request goes to sign-in.
    await firefox.getByRole("button", { name: /^End session/ }).click();
    await expect(list.getByText(/Session ended: Firefox on Windows/)).toBeVisible();
    await expect(rows).toHaveCount(1);
    await b.page.goto("/postmortems");
    await expect(b.page).toHaveURL(/\/sign-in/);
    // A is unaffected.
    await aPage.goto("/postmortems");
    await expect(aPage.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
    await Promise.all([a.close(), b.context.close()]);
  });

  test("sign out everywhere ends every session, this one included", async ({ page, browser, signIn }) => {
    const { link, email } = await invite(page, signIn);
    const b = await secondDevice(browser);
    await b.page.goto(link);
    await b.page.getByLabel("Your name").fill("Eli Everywhere");
    await b.page.getByLabel("Password").fill(NEW_PASSWORD);
    await b.page.getByRole("button", { name: "Create account" }).click();
    await expect(b.page.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();

    const a = await browser.newContext();
    const aPage = await a.newPage();
    await signInAs(aPage, email, NEW_PASSWORD);
    await aPage.goto("/settings");
    await aPage.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(aPage).toHaveURL(/\/sign-in\?message=signed-out-everywhere/);
    await expect(aPage.getByText("You are signed out on every device, this one included.")).toBeVisible();
    await b.page.goto("/settings");
    await expect(b.page).toHaveURL(/\/sign-in/);
    await aPage.goto("/postmortems");
    await expect(aPage).toHaveURL(/\/sign-in/);
    await Promise.all([a.close(), b.context.close()]);
  });

  test("a common new password is refused beside the field", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaViewer.email);
    await page.goto("/settings");
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill("1234567890");
    await page.getByLabel("Repeat new password").fill("1234567890");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#newPassword-error")).toContainText("This password is too easy to guess.");
    await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await reviewScreenshots(page, "change-password-common");
  });
});
