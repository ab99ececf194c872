import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { reviewScreenshots } from "./support/screenshots";
import { PAGED_ACTION_ITEMS, PAGED_POSTMORTEMS, pagedTitle } from "./support/paged-lists";
import { world } from "./support/world";

const templates = [
  { label: "Amazon COE (Correction of Errors)", firstSection: "Summary", another: "Five whys" },
  { label: "Google SRE", firstSection: "Summary", another: "Root causes" },
  { label: "PagerDuty-style", firstSection: "What happened", another: "Contributing factors" },
  { label: "Blank", firstSection: "Notes", another: null },
];

test.describe("creating postmortems", () => {
  for (const template of templates) {
    test(`a writer creates one from the ${template.label} template, then finds it in the list`, async ({
      page,
      signIn,
    }) => {
      await signIn(page, world.users.alphaWriter.email);
      await page.goto("/postmortems");
      await page.getByRole("link", { name: "New postmortem" }).first().click();
      const title = `Queue backlog after a ${template.label} deploy ${Date.now()}`;
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Severity").selectOption("SEV2");
      await page.getByLabel("Incident time zone").selectOption("Europe/Berlin");
      await page.getByLabel("Incident start (optional)").fill("2026-11-20T14:05");
      await page.getByRole("radio", { name: template.label }).check();
      await page.getByRole("button", { name: "Create postmortem" }).click();

      // Creating, redirecting and rendering the new page: as long as createPostmortem (support/postmortems.ts) allows.
      await expect(page).toHaveURL(/\/postmortems\/(?!new$)[a-z0-9]+$/, { timeout: 30_000 });
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(
        page.getByRole("heading", { level: 2, name: template.firstSection, exact: true }),
      ).toBeVisible();
      if (template.another)
        await expect(
          page.getByRole("heading", { level: 2, name: template.another, exact: true }),
        ).toBeVisible();
      // The writer lands in the editor; the start is shown in the incident's zone.
      await expect(page.getByLabel("Started", { exact: true })).toHaveValue("2026-11-20T14:05");
      const url = page.url();

      await page.getByRole("link", { name: "Postmortems", exact: true }).click();
      await page.getByRole("link", { name: title }).click();
      await expect(page).toHaveURL(url);
    });
  }

  test("bad input is shown beside the fields and what was typed is kept", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.goto("/postmortems/new");
    await page.getByLabel("Title").fill("ab");
    await page.getByLabel("Severity").selectOption("SEV1");
    await page.getByLabel("Incident start (optional)").fill("2999-01-01T10:00");
    await page.getByRole("button", { name: "Create postmortem" }).click();
    await expect(page.getByText("Use at least 3 characters.")).toBeVisible();
    await expect(page.getByText("The incident cannot start in the future.")).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("ab");
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Severity")).toHaveValue("SEV1");
    await expect(page.getByLabel("Incident start (optional)")).toHaveValue("2999-01-01T10:00");
  });

  test("a viewer can read the list but cannot create", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaViewer.email);
    await page.goto("/postmortems");
    await expect(page.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "New postmortem" })).toHaveCount(0);
    await page.goto("/postmortems/new");
    await expect(
      page.getByRole("heading", { name: "You cannot create postmortems in this team" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Create postmortem" })).toHaveCount(0);
  });
});

test.describe("team isolation", () => {
  test("another team's member gets 404 on the URL and does not see it in their list", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.goto("/postmortems/new");
    const title = `Alpha-only incident ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByRole("button", { name: "Create postmortem" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const url = page.url();

    const beta = await browser.newContext();
    const betaPage = await beta.newPage();
    await signIn(betaPage, world.users.betaWriter.email);
    const response = await betaPage.goto(url);
    expect(response?.status()).toBe(404);
    await expect(betaPage.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(betaPage.getByText(title)).toHaveCount(0);
    await betaPage.goto("/postmortems");
    await expect(betaPage.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
    await expect(betaPage.getByText(title)).toHaveCount(0);
    await beta.close();
  });

  test("an unknown id is a 404 page", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaViewer.email);
    const response = await page.goto("/postmortems/doesnotexist123");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test.describe("long lists page by keyset", () => {
  const list = (page: Page) => page.getByRole("list", { name: "Postmortems" });
  const titles = (page: Page) => list(page).getByRole("link").allInnerTexts();

  test("the postmortem list pages older and newer with the keyboard, to the last page and back", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.gammaViewer.email);
    await page.goto("/postmortems");
    await expect(
      page.getByText(`${world.teams.gamma.name} · ${PAGED_POSTMORTEMS} postmortems`),
    ).toBeVisible();
    const pager = page.getByRole("navigation", { name: "Postmortem pages" });
    // At the start: nothing newer, so First and Newer are not links.
    await expect(pager.getByRole("link")).toHaveCount(2);
    await expect(list(page).getByRole("link").first()).toContainText(pagedTitle(45));

    // From the last row of the list, Tab reaches Older; Enter follows it.
    await list(page).getByRole("link").last().focus();
    await page.keyboard.press("Tab");
    await expect(pager.getByRole("link", { name: "Older page" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]cursor=/);
    await expect(list(page).getByRole("link").first()).toContainText(pagedTitle(25));
    await expect(list(page).getByRole("link")).toHaveCount(20);
    await reviewScreenshots(page, "postmortem-list-page-2");

    await pager.getByRole("link", { name: "Older page" }).focus();
    await page.keyboard.press("Enter");
    await expect(list(page).getByRole("link").first()).toContainText(pagedTitle(5));
    expect(await titles(page)).toHaveLength(5);
    await expect(pager.getByRole("link", { name: "Older page" })).toHaveCount(0);

    await pager.getByRole("link", { name: "Newer page" }).focus();
    await page.keyboard.press("Enter");
    await expect(list(page).getByRole("link").first()).toContainText(pagedTitle(25));

    await pager.getByRole("link", { name: "Last page" }).focus();
    await page.keyboard.press("Enter");
    // The last page is full: the 20 oldest.
    await expect(list(page).getByRole("link").last()).toContainText(pagedTitle(1));
    await expect(list(page).getByRole("link").first()).toContainText(pagedTitle(20));

    await pager.getByRole("link", { name: "First page" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/postmortems$/);
    await expect(list(page).getByRole("link").first()).toContainText(pagedTitle(45));
  });

  test("the pager keeps the filters, and a tampered cursor shows the first page", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.gammaViewer.email);
    await page.goto("/postmortems?status=DRAFT");
    await expect(page.getByText(`${world.teams.gamma.name} · 30 postmortems`)).toBeVisible();
    const pager = page.getByRole("navigation", { name: "Postmortem pages" });
    await pager.getByRole("link", { name: "Older page" }).click();
    await expect(page).toHaveURL(/status=DRAFT.*cursor=/);
    expect(await titles(page)).toHaveLength(10);
    for (const title of await titles(page)) expect(Number(title.match(/\d+$/)![0]) % 3).not.toBe(1);

    const response = await page.goto("/postmortems?cursor=eyJkIjoiYSIsImsiOlsibm9wZSIsIngiXX0");
    expect(response?.status()).toBe(200);
    await expect(list(page).getByRole("link").first()).toContainText(pagedTitle(45));
  });

  test("the action-item list pages past the dated items to those without a due date and back", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.gammaViewer.email);
    await page.goto("/action-items?filter=all");
    await expect(page.getByText(`${PAGED_ACTION_ITEMS} match this filter`)).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText("Paged action 01");
    const pager = page.getByRole("navigation", { name: "Action item pages" });
    await pager.getByRole("link", { name: "Next page" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/filter=all.*cursor=/);
    await expect(rows).toHaveCount(1 + PAGED_ACTION_ITEMS - 25);
    await reviewScreenshots(page, "action-items-page-2");
    await expect(rows.last()).toContainText("Paged action 30");
    await expect(rows.last()).toContainText("—");
    await pager.getByRole("link", { name: "Previous page" }).focus();
    await page.keyboard.press("Enter");
    await expect(rows.nth(1)).toContainText("Paged action 01");
    await expect(rows).toHaveCount(26);
  });
});
