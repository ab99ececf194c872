// Import `test` and `expect` from here in specs, not from @playwright/test.
import fs from "node:fs";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { signInThroughForm, storedSession } from "./signed-in";
import { PASSWORD } from "./world";

type Fixtures = {
  /**
   * Signs `page`'s browser context in (seeded users share PASSWORD) with the
   * account's session from the setup project: it adds the session cookie and
   * does not navigate (a page load a test would throw away; open the page the
   * test is about next). Without a stored session, through the form (which
   * ends on the home page).
   */
  signIn: (page: Page, email: string, password?: string) => Promise<void>;
  /** Always through the sign-in form, for a session of the test's own (to sign out, say). */
  signInThroughForm: (page: Page, email: string, password?: string) => Promise<void>;
};

async function useStoredSession(context: BrowserContext, file: string) {
  const state = JSON.parse(fs.readFileSync(file, "utf8")) as {
    cookies: Parameters<BrowserContext["addCookies"]>[0];
  };
  await context.addCookies(state.cookies);
}

export const test = base.extend<Fixtures>({
  signIn: async ({}, use) => {
    await use(async (page, email, password = PASSWORD) => {
      const stored = storedSession(email, password);
      if (!stored) return signInThroughForm(page, email, password);
      await useStoredSession(page.context(), stored);
    });
  },
  signInThroughForm: async ({}, use) => {
    await use((page, email, password = PASSWORD) => signInThroughForm(page, email, password));
  },
});

export { expect };
