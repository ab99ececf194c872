import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const body = (page: Page, name: string) => page.getByLabel(`${name} (Markdown)`, { exact: true });
const status = (page: Page, name: string) => section(page, name).getByRole("status").first();
const bold = (page: Page) =>
  page.getByRole("toolbar", { name: "Formatting for Summary" }).getByRole("button", { name: "Bold" });

/** Selects `text` inside the Summary textarea, as a mouse drag would. */
async function select(page: Page, text: string) {
  await body(page, "Summary").evaluate((el: HTMLTextAreaElement, t) => {
    const at = el.value.indexOf(t);
    el.focus();
    el.setSelectionRange(at, at + t.length);
  }, text);
}

test.describe("the Markdown toolbar", () => {
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await createPostmortem(page, { title: `Toolbar ${Date.now()}`, template: "Google SRE" });
    await body(page, "Summary").fill("The cache stopped answering.");
    await expect(status(page, "Summary")).toContainText("Saved");
  });

  test("Bold keeps the browser's undo: Ctrl+Z undoes it, Ctrl+Shift+Z and Ctrl+Y redo, autosave follows", async ({
    page,
  }) => {
    const summary = body(page, "Summary");
    await select(page, "cache");
    await bold(page).click();
    await expect(summary).toHaveValue("The **cache** stopped answering.");
    await expect(summary).toBeFocused();
    // The formatted word stays selected, so typing replaces it.
    expect(
      await summary.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)),
    ).toBe("cache");
    await expect(status(page, "Summary")).toContainText(/Saved \d/);

    await page.keyboard.press("Control+z");
    await expect(summary).toHaveValue("The cache stopped answering.");
    await expect(status(page, "Summary")).toContainText("Unsaved changes");
    await expect(status(page, "Summary")).toContainText(/Saved \d/);
    await page.reload();
    await expect(body(page, "Summary")).toHaveValue("The cache stopped answering.");

    // Undo and redo again after the reload (a fresh undo stack).
    await select(page, "answering");
    await bold(page).click();
    await expect(summary).toHaveValue("The cache stopped **answering**.");
    await page.keyboard.press("Control+z");
    await expect(summary).toHaveValue("The cache stopped answering.");
    await page.keyboard.press("Control+Shift+z");
    await expect(summary).toHaveValue("The cache stopped **answering**.");
    await page.keyboard.press("Control+z");
    await expect(summary).toHaveValue("The cache stopped answering.");
    await page.keyboard.press("Control+y");
    await expect(summary).toHaveValue("The cache stopped **answering**.");
    await expect(status(page, "Summary")).toContainText(/Saved \d/);
    await page.reload();
    await expect(body(page, "Summary")).toHaveValue("The cache stopped **answering**.");
  });

  test("a list format undoes in one step too", async ({ page }) => {
    const summary = body(page, "Summary");
    await select(page, "cache");
    await page
      .getByRole("toolbar", { name: "Formatting for Summary" })
      .getByRole("button", { name: "Bulleted list" })
      .click();
    await expect(summary).toHaveValue("- The cache stopped answering.");
    await page.keyboard.press("Control+z");
    await expect(summary).toHaveValue("The cache stopped answering.");
  });

  test("without the editing command the change still reaches autosave", async ({ page }) => {
    // A browser where insertText is unavailable: the fallback must still fire `input`.
    await page.evaluate(() => {
      document.execCommand = () => false;
    });
    await select(page, "cache");
    await bold(page).click();
    await expect(body(page, "Summary")).toHaveValue("The **cache** stopped answering.");
    await expect(status(page, "Summary")).toContainText("Unsaved changes");
    await expect(status(page, "Summary")).toContainText(/Saved \d/);
    await page.reload();
    await expect(body(page, "Summary")).toHaveValue("The **cache** stopped answering.");
  });
});
