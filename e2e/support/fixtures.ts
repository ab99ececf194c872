// Import `test` and `expect` from here in specs, not from @playwright/test.
import { test as base, expect, type Page } from "@playwright/test";
import { PASSWORD } from "./world";

type Fixtures = {
  /** Signs in through the sign-in form (seeded users share PASSWORD) and waits to leave /sign-in. */
  signIn: (page: Page, email: string, password?: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  signIn: async ({}, use) => {
    await use(async (page, email, password = PASSWORD) => {
      await page.goto("/sign-in");
      await page.getByLabel("Email", { exact: true }).fill(email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    });
  },
});

export { expect };
