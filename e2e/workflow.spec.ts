import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { createPostmortem } from "./support/postmortems";
import { shot } from "./support/screenshots";
import { world } from "./support/world";

// Several people and many server round trips per test: more than the default 30 s on 2 cores.
test.describe.configure({ timeout: 90_000 });

type SignIn = (page: Page, email: string) => Promise<void>;

/** A new signed-in page in its own browser context (one person). */
async function as(browser: Browser, signIn: SignIn, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const statusBar = (page: Page) => page.getByRole("region", { name: "Status and workflow" });

async function move(page: Page, button: string, expected: string) {
  await statusBar(page).getByRole("button", { name: button, exact: true }).click();
  await expect(statusBar(page).getByText(expected, { exact: true })).toBeVisible();
}

test.describe("status workflow", () => {
  test("draft → review → approved → published, reopened for correction, history, restore, export", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const title = `Cache stampede after a deploy ${Date.now()}`;
    const url = await createPostmortem(page, { title });
    await expect(statusBar(page).getByText("Draft", { exact: true })).toBeVisible();
    await shot(statusBar(page), "status-bar-draft.png");
    // The owner may not approve their own: no review buttons.
    await expect(statusBar(page).getByRole("button", { name: "Approve" })).toHaveCount(0);
    await move(page, "Submit for review", "In review");
    await expect(statusBar(page).getByRole("button", { name: "Approve" })).toHaveCount(0);

    const reviewer = await as(browser, signIn, world.users.alphaReviewer.email);
    await reviewer.goto(url);
    await expect(statusBar(reviewer).getByRole("button", { name: "Request changes" })).toBeVisible();
    await move(reviewer, "Approve", "Approved");
    await expect(statusBar(reviewer).getByRole("button", { name: "Publish" })).toHaveCount(0);

    await page.goto(url);
    await move(page, "Publish", "Published");
    await expect(statusBar(page).getByText(/Read-only: published/)).toBeVisible();
    await expect(page.getByRole("textbox")).toHaveCount(0);
    for (const name of ["Submit for review", "Approve", "Publish", "Back to draft"]) {
      await expect(statusBar(page).getByRole("button", { name })).toHaveCount(0);
    }
    await shot(statusBar(page), "status-bar-published.png");

    // The manager reopens it for correction through the dialog.
    const manager = await as(browser, signIn, world.users.alphaManager.email);
    await manager.goto(url);
    const opener = statusBar(manager).getByRole("button", { name: "Reopen for correction" });
    await opener.click();
    const dialog = manager.getByRole("dialog", { name: "Reopen for correction" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Reason")).toBeFocused();
    await manager.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await opener.click();
    await dialog.getByRole("button", { name: "Reopen as draft" }).click();
    await expect(dialog).toBeVisible(); // the reason is required
    await expect(statusBar(manager).getByText("Published", { exact: true })).toBeVisible();
    const reason = "Time to detect was off by an hour <img src=x onerror=alert(3)>";
    await dialog.getByLabel("Reason").fill(reason);
    await shot(manager, "reopen-dialog.png");
    await dialog.getByRole("button", { name: "Reopen as draft" }).click();
    await expect(statusBar(manager).getByText("Draft", { exact: true })).toBeVisible();
    await expect(statusBar(manager).getByRole("button", { name: "Submit for review" })).toBeVisible();

    // History: the correction with its reason, and a diff of the status.
    await statusBar(manager).getByRole("link", { name: "History" }).click();
    await expect(manager.getByRole("heading", { name: /^History of INC-\d+$/ })).toBeVisible();
    const latest = manager.getByRole("listitem").filter({ hasText: "#5" });
    await expect(latest.getByText("Correction")).toBeVisible();
    await expect(latest.getByText(reason)).toBeVisible();
    await expect(manager.getByRole("listitem").filter({ hasText: "#1" }).getByText("Created")).toBeVisible();
    const diff = manager.getByRole("region", { name: "Changes from revision 4 to revision 5" });
    const statusDiff = diff.getByRole("region", { name: /Status/ });
    await expect(statusDiff.getByRole("listitem").filter({ hasText: "Published" })).toContainText("−");
    await expect(statusDiff.getByRole("listitem").filter({ hasText: "Draft" })).toContainText("+");
    await shot(manager, "history-diff.png");

    await manager.getByRole("radio", { name: "From revision 2" }).check();
    await manager.getByRole("radio", { name: "To revision 3" }).check();
    await manager.getByRole("button", { name: "Compare selected" }).click();
    await expect(manager).toHaveURL(/[?&]from=2(&|$)/);
    await expect(manager).toHaveURL(/[?&]to=3(&|$)/);
    const diff23 = manager.getByRole("region", { name: "Changes from revision 2 to revision 3" });
    await expect(diff23.getByText("In review")).toBeVisible();
    await expect(diff23.getByText("Approved")).toBeVisible();

    // Restore revision 2 (the postmortem is a draft again, so it is editable).
    await manager
      .getByRole("listitem")
      .filter({ hasText: "#2" })
      .getByRole("button", { name: "Restore this revision" })
      .click();
    const confirm = manager.getByRole("dialog", { name: "Restore revision 2?" });
    await confirm.getByRole("button", { name: "Restore revision 2" }).click();
    await expect(confirm).toBeHidden();
    const restored = manager.getByRole("listitem").filter({ hasText: "#6" });
    await expect(restored.getByText("Restored revision 2")).toBeVisible();
    await expect(restored.getByText("Restore", { exact: true })).toBeVisible();

    // 390 px wide: the status bar and the history still fit.
    await manager.setViewportSize({ width: 390, height: 844 });
    await shot(manager, "history-390.png");
    await manager.goto(url);
    await shot(manager, "page-390.png");
    const overflow = await manager.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    // Markdown download.
    const [download] = await Promise.all([
      manager.waitForEvent("download"),
      statusBar(manager).getByRole("link", { name: "Download Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^inc-\d+-cache-stampede-after-a-deploy-\d+\.md$/);
    const markdown = await readFile((await download.path())!, "utf8");
    expect(markdown).toMatch(new RegExp(`^# INC-\\d+ ${title}\\n`));
    expect(markdown).toContain("- **Status:** Draft");
    expect(markdown).toContain("## Milestones");
    expect(markdown).toContain("## Summary");
    expect(markdown).toContain("## Action items");

    for (const p of [reviewer, manager]) await p.context().close();
  });

  test("a reviewer asks for changes and the writer resubmits", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createPostmortem(page, { title: `Changes requested ${Date.now()}` });
    await move(page, "Submit for review", "In review");
    const reviewer = await as(browser, signIn, world.users.alphaReviewer.email);
    await reviewer.goto(url);
    await move(reviewer, "Request changes", "Changes requested");
    await page.goto(url);
    await move(page, "Submit for review", "In review");
    await reviewer.context().close();
  });

  test("a stale page gets a conflict instead of a second move", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createPostmortem(page, { title: `Stale tab ${Date.now()}` });
    const other = await page.context().newPage();
    await other.goto(url);
    await move(page, "Submit for review", "In review");
    await other.getByRole("button", { name: "Mark not required" }).click();
    await expect(statusBar(other).getByText(/status changed meanwhile/)).toBeVisible();
    void browser;
  });
});

test.describe("who sees what", () => {
  test("a viewer sees the status but no workflow buttons", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createPostmortem(page, { title: `Viewer check ${Date.now()}` });
    const viewer = await as(browser, signIn, world.users.alphaViewer.email);
    await viewer.goto(url);
    await expect(statusBar(viewer).getByText("Draft", { exact: true })).toBeVisible();
    await expect(statusBar(viewer).getByRole("button")).toHaveText(["Print"]);
    await viewer.goto(`${url}/history`);
    await expect(viewer.getByRole("button", { name: "Restore this revision" })).toHaveCount(0); // only one revision
    await viewer.context().close();
  });

  test("another team gets 404 on the history and the export", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createPostmortem(page, { title: `Alpha only history ${Date.now()}` });
    const beta = await as(browser, signIn, world.users.betaWriter.email);
    expect((await beta.goto(`${url}/history`))?.status()).toBe(404);
    const exported = await beta.request.get(`${url}/export`);
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain("Alpha only");
    await beta.context().close();
  });
});

test("script in a title or a correction reason never runs", async ({ page, browser, signIn }) => {
  const dialogs: string[] = [];
  const watch = (p: Page) =>
    p.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  watch(page);
  await signIn(page, world.users.alphaWriter.email);
  const payload = `<img src=x onerror=alert(1)> <script>alert(2)</script> [x](javascript:alert(4)) ${Date.now()}`;
  const url = await createPostmortem(page, { title: payload });

  const manager = await as(browser, signIn, world.users.alphaManager.email);
  watch(manager);
  await manager.goto(url);
  await move(manager, "Mark not required", "Not required");
  await move(manager, "Back to draft", "Draft");
  await manager.goto(`${url}/history`);
  await expect(manager.getByText(payload)).toBeVisible();

  for (const p of [page, manager]) {
    await p.goto(url);
    await p.goto(`${url}/history`);
    const injected = await p.evaluate(() => ({
      handlers: document.querySelectorAll("[onerror], [onclick], [onload], [onmouseover]").length,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: Array.from(document.scripts).filter((s) => /^\s*alert\(/.test(s.textContent ?? "")).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    expect(injected).toEqual({ handlers: 0, images: 0, scripts: 0, jsLinks: 0 });
  }

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.goto(url).then(() => statusBar(page).getByRole("link", { name: "Download Markdown" }).click()),
  ]);
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown).toContain("\\<img src=x onerror=alert\\(1\\)\\>");
  expect(markdown).not.toMatch(/(?<!\\)<(img|script)/);
  expect(dialogs).toEqual([]);
  await manager.context().close();
});
