import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

/** Creates a Google SRE postmortem through the UI and returns its URL. */
async function createEditable(page: Page, title: string) {
  const url = await createPostmortem(page, {
    title,
    severity: "SEV2",
    timeZone: "Europe/Berlin",
    startedAt: "2026-11-20T14:05",
    template: "Google SRE",
  });
  await expect(body(page, "Summary")).toBeVisible();
  return url;
}

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const body = (page: Page, name: string) => page.getByLabel(`${name} (Markdown)`, { exact: true });
const status = (page: Page, name: string) => section(page, name).getByRole("status").first();

test.describe("editing a postmortem", () => {
  // Two browser contexts and a production server on a small machine: be patient.
  test.describe.configure({ timeout: 120_000 });

  test("a writer types, it autosaves, and a reload shows the text", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await createEditable(page, `Autosave ${Date.now()}`);
    await body(page, "Summary").fill("The **cache** stopped answering at 14:05.");
    await expect(status(page, "Summary")).toContainText(/Saved \d{1,2}:\d{2}/);
    // Live preview renders the Markdown.
    await expect(section(page, "Summary").locator("strong", { hasText: "cache" })).toBeVisible();
    await shot(page, `editor.png`, { fullPage: false });
    await page.reload();
    await expect(body(page, "Summary")).toHaveValue("The **cache** stopped answering at 14:05.");
  });

  test("two writers on the same section: the second sees both texts and merges", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createEditable(page, `Conflict ${Date.now()}`);
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await signIn(page2, world.users.alphaReviewer.email);
    await page2.goto(url);
    await expect(body(page2, "Summary")).toBeVisible();

    await body(page, "Summary").fill("Alpha: the deploy changed the pool size.");
    await expect(status(page, "Summary")).toContainText("Saved");
    await body(page2, "Summary").fill("Rita: alerts fired 9 minutes late.");

    const conflict = page2.getByRole("region", { name: "Conflict: compare both versions" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText(/Theirs \(saved by Walt Writer at \d{1,2}:\d{2}.*\)/)).toBeVisible();
    await expect(conflict.getByTestId("conflict-theirs")).toHaveText(
      "Alpha: the deploy changed the pool size.",
    );
    await expect(conflict.getByTestId("conflict-mine")).toHaveText("Rita: alerts fired 9 minutes late.");
    await expect(status(page2, "Summary")).toContainText("Not saved");
    await shot(page2, `conflict.png`, { fullPage: false });

    await conflict
      .getByLabel("Merge by hand (starts with your text)")
      .fill("Alpha: the deploy changed the pool size.\n\nRita: alerts fired 9 minutes late.");
    await conflict.getByRole("button", { name: "Save merge" }).click();
    await expect(conflict).toHaveCount(0);
    await expect(status(page2, "Summary")).toContainText("Saved");

    await page.reload();
    const final = await body(page, "Summary").inputValue();
    expect(final).toContain("Alpha: the deploy changed the pool size.");
    expect(final).toContain("Rita: alerts fired 9 minutes late.");
    await other.close();
  });

  test("two writers on different sections both save", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createEditable(page, `Different sections ${Date.now()}`);
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await signIn(page2, world.users.alphaReviewer.email);
    await page2.goto(url);
    await expect(page2.getByText("Also here: Walt Writer")).toBeVisible();

    await body(page, "Summary").fill("Writer's summary.");
    await body(page2, "Root causes").fill("Reviewer's root causes.");
    await expect(status(page, "Summary")).toContainText("Saved");
    await expect(status(page2, "Root causes")).toContainText("Saved");
    await expect(page2.getByRole("region", { name: "Conflict: compare both versions" })).toHaveCount(0);

    await page.reload();
    await expect(body(page, "Summary")).toHaveValue("Writer's summary.");
    await expect(body(page, "Root causes")).toHaveValue("Reviewer's root causes.");
    await other.close();
  });

  test("offline: not saved and retrying, then saved when back online", async ({ page, context, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await createEditable(page, `Offline ${Date.now()}`);
    await context.setOffline(true);
    await body(page, "Summary").fill("Typed on a train.");
    await expect(status(page, "Summary")).toContainText(
      /Offline: not saved — retrying when back online \(or in \d+ s\)/,
    );
    await expect(body(page, "Summary")).toHaveValue("Typed on a train.");
    await context.setOffline(false);
    await expect(status(page, "Summary")).toContainText(/Saved \d/, { timeout: 15_000 });
    await page.reload();
    await expect(body(page, "Summary")).toHaveValue("Typed on a train.");
  });

  test("text typed just before the tab closed is offered back and restored", async ({
    page,
    context,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createEditable(page, `Recovery ${Date.now()}`);
    // Saves never reach the server from this tab (as if it closed first).
    await page.route(url, (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    );
    await body(page, "Summary").fill("Half a thought");
    await page.close(); // before the one-second debounce fires

    const again = await context.newPage();
    await again.goto(url);
    await expect(body(again, "Summary")).toHaveValue("");
    const restore = again.getByRole("button", { name: /Restore unsaved text from/ });
    await expect(restore).toBeVisible();
    await restore.click();
    await expect(body(again, "Summary")).toHaveValue("Half a thought");
    await expect(status(again, "Summary")).toContainText("Saved");
    await again.reload();
    await expect(body(again, "Summary")).toHaveValue("Half a thought");
    await expect(again.getByRole("button", { name: /Restore unsaved text from/ })).toHaveCount(0);
  });

  test("a viewer gets the read-only view", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const title = `Read only ${Date.now()}`;
    const url = await createEditable(page, title);
    const other = await browser.newContext();
    const viewer = await other.newPage();
    await signIn(viewer, world.users.alphaViewer.email);
    await viewer.goto(url);
    await expect(viewer.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(viewer.getByRole("heading", { level: 2, name: "Summary", exact: true })).toBeVisible();
    await expect(viewer.getByRole("textbox")).toHaveCount(0);
    await other.close();
  });

  test("an empty title is refused beside the field and the typed text stays", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await createEditable(page, `Empty title ${Date.now()}`);
    await body(page, "Summary").fill("Body text stays.");
    await page.getByLabel("Title", { exact: true }).fill("");
    await expect(page.locator("#pm-title-error")).toHaveText("Enter a title.");
    await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(section(page, "Overview").getByRole("status").first()).toContainText("Not saved");
    await expect(body(page, "Summary")).toHaveValue("Body text stays.");
    await expect(status(page, "Summary")).toContainText("Saved");
  });

  test("a milestone out of order is flagged beside the field", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await createEditable(page, `Milestones ${Date.now()}`);
    await page.getByLabel("Resolved", { exact: true }).fill("2026-11-20T10:00");
    await expect(page.locator("#pm-resolvedAt-error")).toHaveText("Resolved cannot be before started.");
    await expect(page.getByLabel("Resolved", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Resolved", { exact: true }).fill("2026-11-20T16:30");
    await expect(page.locator("#pm-resolvedAt-error")).toHaveText("");
    await expect(section(page, "Overview").getByRole("status").first()).toContainText("Saved");
  });

  test("the incident time zone offers every zone once the page runs, and saves", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createEditable(page, `Zone ${Date.now()}`);
    // The server sends only the current zone; the browser fills in the rest.
    const html = await (await page.request.get(url)).text();
    expect(html.match(/<option value="[A-Za-z]+\/[A-Za-z_]+"/g)?.length ?? 0).toBeLessThan(20);
    const zone = page.getByLabel("Incident time zone", { exact: true });
    await expect(zone).toHaveValue("Europe/Berlin");
    await expect.poll(() => zone.locator("option").count()).toBeGreaterThan(300);
    await zone.selectOption("America/New_York");
    await expect(section(page, "Overview").getByRole("status").first()).toContainText("Saved");
    await page.reload();
    await expect(page.getByLabel("Incident time zone", { exact: true })).toHaveValue("America/New_York");
  });

  test("sections can be added, moved and removed; works at 390 px", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await createEditable(page, `Structure ${Date.now()}`);
    await page.getByLabel("New section title").fill("Vendor follow-up");
    await page.getByRole("button", { name: "Add section" }).click();
    await expect(body(page, "Vendor follow-up")).toBeVisible();
    await page.getByRole("button", { name: "Move “Vendor follow-up” up" }).click();
    const headings = page.locator("section[data-section-key] h2");
    await expect(headings.nth(-2)).toHaveText("Vendor follow-up");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Remove section “Vendor follow-up”" }).click();
    await expect(body(page, "Vendor follow-up")).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await body(page, "Summary").fill("Narrow screens work too.");
    await expect(status(page, "Summary")).toContainText("Saved");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await section(page, "Summary").scrollIntoViewIfNeeded();
    await shot(page, `narrow-390.png`, { fullPage: false });
  });
});
