// Issue 8: nothing showed the audit log, and refused requests were not in it.
// Site admins read every team's events, team managers their team's, writers
// get a 404 (itself audited).
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { reviewScreenshots } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { storedContent } from "./support/stored-content";
import { world } from "./support/world";

async function as(browser: Browser, signIn: (page: Page, email: string) => Promise<void>, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const filters = (page: Page) => page.getByRole("form", { name: "Filter the audit log" });

test.describe("audit log", () => {
  test.describe.configure({ timeout: 180_000 });

  test("admins see every team, managers their team's events and refusals, writers a 404", async ({
    browser,
    signIn,
  }) => {
    const stamp = Date.now();
    // Something to read: a postmortem in each team, and Beta's writer refused Alpha's postmortem.
    const alphaWriter = await as(browser, signIn, world.users.alphaWriter.email);
    await createPostmortem(alphaWriter, { title: `Audited alpha ${stamp}` });
    // Its address only: e2e/markdown.spec.ts times the first render of that document.
    const alphaUrl = storedContent.url;

    const betaWriter = await as(browser, signIn, world.users.betaWriter.email);
    await createPostmortem(betaWriter, { title: `Audited beta ${stamp}` });
    expect((await betaWriter.goto(alphaUrl))?.status()).toBe(404);

    // A writer has no audit log: no link, and the page is a 404.
    await expect(alphaWriter.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    expect((await alphaWriter.goto("/audit"))?.status()).toBe(404);

    // Alpha's manager: Alpha's events, including Beta's refused attempt, and nothing of Beta's.
    const manager = await as(browser, signIn, world.users.alphaManager.email);
    await manager.goto("/");
    await manager.getByRole("link", { name: "Audit log" }).click();
    await expect(manager.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const managerRows = manager
      .getByRole("list", { name: "Audit events, newest first" })
      .getByRole("listitem");
    await expect(
      managerRows.filter({ hasText: `${world.users.alphaWriter.name} created postmortem` }).first(),
    ).toBeVisible();
    const refusal = managerRows.filter({
      hasText: `${world.users.betaWriter.name} was refused: view postmortem`,
    });
    await expect(refusal.first()).toContainText("Not found");
    await expect(managerRows.filter({ hasText: "· Beta" })).toHaveCount(0);
    await expect(filters(manager).getByLabel("Team").locator("option")).toHaveText(["All teams", "Alpha"]);
    await reviewScreenshots(manager, "audit-manager");

    // The site admin: both teams; the team filter narrows to one.
    const admin = await as(browser, signIn, world.users.admin.email);
    await admin.goto("/audit");
    const adminRows = admin.getByRole("list", { name: "Audit events, newest first" }).getByRole("listitem");
    await expect(adminRows.filter({ hasText: "· Alpha" }).first()).toBeVisible();
    await expect(adminRows.filter({ hasText: "· Beta" }).first()).toBeVisible();
    await filters(admin).getByLabel("Team").selectOption({ label: "Beta" });
    await filters(admin).getByLabel("Action").selectOption({ label: "Postmortems" });
    await filters(admin).getByRole("button", { name: "Filter" }).click();
    await admin.waitForURL(/team=/);
    await expect(adminRows.filter({ hasText: "· Alpha" })).toHaveCount(0);
    await expect(
      adminRows.filter({ hasText: `${world.users.betaWriter.name} created postmortem` }).first(),
    ).toBeVisible();
    await admin.getByRole("link", { name: "Clear filters" }).click();
    await expect(adminRows.filter({ hasText: "· Alpha" }).first()).toBeVisible();
    await expect(filters(admin).getByLabel("Team")).toHaveValue("");
    await expect(filters(admin).getByLabel("Action")).toHaveValue("");
    await reviewScreenshots(admin, "audit-admin");

    // The writer's refused look at the audit log is itself in it (a site-level refusal).
    await admin.goto(`/audit?action=denied&actor=`);
    await expect(
      adminRows.filter({ hasText: `${world.users.alphaWriter.name} was refused: view audit log` }).first(),
    ).toBeVisible();
  });
});
