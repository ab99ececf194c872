import { expect, test } from "./support/fixtures";
import { world } from "./support/world";

test.describe("team templates", () => {
  // Two signed-in browser contexts on a 2-core machine: the default 30 s is too tight.
  test.describe.configure({ timeout: 90_000 });

  test("a manager makes a default template; writers start postmortems from it", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.betaManager.email);
    await page.goto("/settings/templates");
    await page.getByRole("link", { name: "New template" }).click();

    // Bad input first: no name and an untitled section.
    await page.getByLabel("Section 1 title").fill("");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page.getByText("Use at least 2 characters.")).toBeVisible();
    await expect(page.getByText("Give every section a title.")).toBeVisible();

    const name = `Payments incident ${Date.now()}`;
    await page.getByLabel("Template name").fill(name);
    await page.getByLabel("Section 1 title").fill("Money movement");
    await page
      .getByLabel("Guiding questions (one per line)")
      .first()
      .fill("Which payments were delayed?\nWere any duplicated?");
    await page.getByRole("button", { name: "Remove section 3" }).click();
    await page.getByRole("button", { name: "Move section 2 up" }).click();
    await page.getByLabel("Default template for new postmortems of this team").check();
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page).toHaveURL(/\/settings\/templates$/);
    const row = page.getByRole("listitem").filter({ hasText: name });
    await expect(row).toContainText("default");
    await expect(row).toContainText("Money movement");

    const writerContext = await browser.newContext();
    const writer = await writerContext.newPage();
    await signIn(writer, world.users.betaWriter.email);
    await writer.goto("/postmortems/new");
    await expect(writer.getByRole("radio", { name })).toBeChecked();
    await writer.getByLabel("Title").fill("Settlement file delayed");
    await writer.getByRole("button", { name: "Create postmortem" }).click();
    await expect(
      writer.getByRole("heading", { level: 2, name: "Money movement", exact: true }),
    ).toBeVisible();
    await expect(writer.getByText("Which payments were delayed?")).toBeVisible();
    await writerContext.close();
  });

  test("writers cannot manage templates", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.goto("/settings/templates");
    await expect(page.getByRole("link", { name: "New template" })).toHaveCount(0);
    const response = await page.goto("/settings/templates/new");
    expect(response?.status()).toBe(404);
  });
});
