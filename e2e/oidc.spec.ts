// Single sign-on against the real OpenID Connect provider Playwright starts on
// loopback (e2e/support/oidc-provider.ts): its login page takes any username,
// consent is automatic, and "Cancel" declines the authorization.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { world } from "./support/world";

const providerOrigin = `http://127.0.0.1:${Number(process.env.OIDC_PORT ?? 3101)}`;

/** From the app's sign-in page to the provider's login page, like a user. */
async function startSso(page: Page) {
  await page.goto("/sign-in");
  const sso = page.getByRole("button", { name: "Continue with Test SSO" });
  await expect(sso).toBeVisible();
  await sso.click();
  await expect(page).toHaveURL(
    (url) => url.origin === providerOrigin && url.pathname.startsWith("/interaction/"),
  );
  await expect(page.getByRole("heading", { name: "Test SSO" })).toBeVisible();
}

async function providerLogin(page: Page, username: string) {
  await page.getByLabel("Username").fill(username);
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("single sign-on (OpenID Connect)", () => {
  test("a new SSO user is created on first sign-in and has no team yet", async ({ page, baseURL }) => {
    const email = `sso-${Date.now()}-${test.info().parallelIndex}@sso.e2e.test`;
    await startSso(page);
    await providerLogin(page, email);

    await expect(page).toHaveURL(`${baseURL}/postmortems`);
    await expect(page.getByRole("heading", { name: "You are not in a team yet" })).toBeVisible();
    await page.getByRole("button", { name: /^Account menu/ }).click();
    await expect(page.locator("#user-menu").getByText(email, { exact: true })).toBeVisible();
  });

  test("an existing local user with the same verified email is linked and keeps their team", async ({
    page,
    baseURL,
  }) => {
    const reviewer = world.users.alphaReviewer;
    await startSso(page);
    await providerLogin(page, reviewer.email);

    await expect(page).toHaveURL(`${baseURL}/postmortems`);
    await expect(page.getByRole("heading", { level: 1, name: "Postmortems", exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Team" })).toHaveValue(world.teams.alpha.slug);
    // The local account (its name, not the one SSO derives from the email).
    await page.getByRole("button", { name: `Account menu for ${reviewer.name}, RR` }).click();
    await expect(page.locator("#user-menu").getByText(reviewer.email, { exact: true })).toBeVisible();
  });

  test("cancelling at the provider returns to sign-in with an error, signed out", async ({
    page,
    baseURL,
  }) => {
    await startSso(page);
    await page.getByRole("button", { name: "Cancel" }).click();

    await expect(page).toHaveURL((url) => url.origin === baseURL && url.pathname === "/sign-in");
    await expect(page).toHaveURL(/[?&]error=/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Try again." })).toBeVisible();

    // Still signed out: the app sends us back to sign-in.
    await page.goto("/postmortems");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
