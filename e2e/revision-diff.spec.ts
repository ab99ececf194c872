import type { Page } from "@playwright/test";
import { expectAccessibleAtBothWidths } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

const statusBar = (page: Page) => page.getByRole("region", { name: "Status and workflow" });
const summary = (page: Page) => page.getByLabel("Summary (Markdown)", { exact: true });
const saved = (page: Page) =>
  expect(
    page.getByRole("region", { name: "Summary", exact: true }).getByRole("status").first(),
  ).toContainText(/Saved \d/);

async function move(page: Page, button: string, expected: string) {
  await statusBar(page).getByRole("button", { name: button, exact: true }).click();
  await expect(statusBar(page).getByText(expected, { exact: true })).toBeVisible();
}

const paragraph =
  "At 14:05 the cache stopped answering and the API fell back to the database, which saturated within a minute.";

test.describe("revision history", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a one-word edit shows that word removed and added, not the paragraph twice", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createPostmortem(page, { title: `Word diff ${Date.now()}`, template: "Google SRE" });
    await summary(page).fill(`Intro line.\n${paragraph}\nLast line.`);
    await saved(page);
    await move(page, "Submit for review", "In review"); // revision 2
    await move(page, "Back to draft", "Draft"); // revision 3
    await summary(page).fill(`Intro line.\n${paragraph.replace("stopped", "kept")}\nLast line.`);
    await saved(page);
    await move(page, "Submit for review", "In review"); // revision 4

    await page.goto(`${url}/history`);
    const diff = page.getByRole("region", { name: "Changes from revision 3 to revision 4" });
    const section = diff.getByRole("region", { name: /^Summary/ });
    await expect(section).toBeVisible();
    const changed = section.locator('li[data-change="changed"]');
    await expect(changed).toHaveCount(1);
    await expect(section.locator('li[data-change="removed"], li[data-change="added"]')).toHaveCount(0);
    // Only the word is marked, with its spoken label; the rest of the line reads as it is.
    await expect(changed.locator("del")).toHaveText("[removed: stopped]");
    await expect(changed.locator("ins")).toHaveText("[added: kept]");
    await expect(changed).toContainText("Changed line:");
    await expect(changed).toContainText("the API fell back to the database");
    // Struck through and underlined: not colour alone.
    expect(await changed.locator("del").evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe(
      "line-through",
    );
    expect(await changed.locator("ins").evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe(
      "underline",
    );
    // The unchanged lines around it are context, not changes.
    await expect(section.locator('li[data-change="same"]')).toHaveText([/Intro line\./, /Last line\./]);
    // The status change reads as whole lines.
    const status = diff.getByRole("region", { name: /^Status/ });
    await expect(status.locator('li[data-change="removed"]')).toContainText("Draft");
    await expect(status.locator('li[data-change="added"]')).toContainText("In review");

    await diff.scrollIntoViewIfNeeded();
    await shot(page, `history-word-diff.png`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await section.scrollIntoViewIfNeeded();
    await shot(page, `history-word-diff-390.png`, { fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectAccessibleAtBothWidths(page, "history with a word-level diff");
  });
});
