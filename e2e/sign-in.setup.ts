// The setup project (playwright.config.ts): signs every account in once,
// through the form, and keeps its session for the specs (e2e/support/signed-in.ts).
import fs from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { accounts, sessionStatePath, signInThroughForm } from "./support/signed-in";

setup.describe.configure({ mode: "parallel" });

for (const account of accounts) {
  setup(`sign in as ${account.email}`, async ({ page }) => {
    const file = sessionStatePath(account.email);
    fs.rmSync(file, { force: true });
    await signInThroughForm(page, account.email, account.password);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const state = await page.context().storageState({ path: file });
    expect(state.cookies.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);
  });
}
