// Signing in once per account (e2e/sign-in.setup.ts, a Playwright setup
// project every spec depends on) instead of once per test: each sign-in
// through the form costs three page loads and an Argon2 verification, and the
// suite is CPU-bound on 2 cores. The session cookies are kept in a folder per
// app port and put into a test's browser context by the signIn fixture.
//
// Several tests then share one session (one device, many tabs). A test that
// signs out, or otherwise ends its own session, must sign in through the form
// (the signInThroughForm fixture) so it ends only its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { PASSWORD, world } from "./world";

export type Account = { email: string; password: string };

/** Every account a spec signs in as with its usual password: the e2e world and the demo accounts the accessibility spec reads. */
export const accounts: Account[] = [
  ...Object.values(world.users).map((user) => ({ email: user.email, password: PASSWORD })),
  ...["writer@platform.kintsugi.demo", "writer@payments.kintsugi.demo", "admin@kintsugi.demo"].map(
    (email) => ({
      email,
      password: DEMO_PASSWORD,
    }),
  ),
];

const folder = path.join(os.tmpdir(), `kintsugi-e2e-sessions-${process.env.E2E_PORT ?? 3100}`);

/** Where the setup project keeps an account's signed-in browser state. */
export function sessionStatePath(email: string): string {
  return path.join(folder, `${email}.json`);
}

/** The stored session for this account and password, if the setup project made one. */
export function storedSession(email: string, password: string): string | null {
  if (!accounts.some((a) => a.email === email && a.password === password)) return null;
  const file = sessionStatePath(email);
  return fs.existsSync(file) ? file : null;
}

/** Signs in through the sign-in form and waits to leave /sign-in. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}
