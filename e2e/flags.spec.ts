import { expect, test } from "./support/fixtures";
import { world } from "./support/world";

test.describe("blameless-language flags", () => {
  test.describe.configure({ timeout: 90_000 });

  test("blaming phrases are underlined, listed with a rewrite, and can be kept with a reason reviewers see", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.goto("/postmortems/new");
    const title = `Cache stampede ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByRole("radio", { name: "Blank" }).check();
    await page.getByRole("button", { name: "Create postmortem" }).click();
    const notes = page.getByLabel("Notes (Markdown)", { exact: true });
    await expect(notes).toBeVisible();

    await notes.fill(
      "The vendor called it human error. The on-call engineer should have checked the dashboard. The deploy failed to start.",
    );
    // Underlined as typed (the backdrop marks the flagged ranges).
    const region = page.getByRole("region", { name: "Notes", exact: true });
    await expect(region.locator("mark")).toHaveCount(2);
    await expect(region.getByRole("status").first()).toContainText("Saved", { timeout: 15_000 });

    await page.reload();
    const panel = page.getByRole("region", { name: /Blameless language/ });
    await expect(panel.getByRole("heading", { name: "Blameless language (2 open flags)" })).toBeVisible();
    await expect(panel.getByText("“human error” in Notes")).toBeVisible();
    await expect(panel.getByText(/should have checked” in Notes/)).toBeVisible();
    // "The deploy failed to start": a system as the subject is not flagged.
    await expect(panel.getByText(/“[^”]*failed to[^”]*” in/)).toHaveCount(0);

    const humanError = panel.getByRole("listitem").filter({ hasText: "“human error” in Notes" });
    await humanError.getByRole("button", { name: "Keep this wording…" }).click();
    await humanError.getByRole("button", { name: "Dismiss flag" }).click();
    await expect(humanError.getByText(/Say in a few words why/)).toBeVisible();
    await humanError
      .getByLabel("Why keep this wording?")
      .fill("We quote the vendor's statement to examine it.");
    await humanError.getByRole("button", { name: "Dismiss flag" }).click();
    await expect(panel.getByRole("heading", { name: "Blameless language (1 open flag)" })).toBeVisible();

    await page.goto("/postmortems?flagged=1");
    const row = page.getByRole("listitem").filter({ hasText: title });
    await expect(row).toContainText("1 language flag");

    // A reviewer sees what was kept and why.
    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, world.users.alphaViewer.email);
    await reviewer.goto("/postmortems?flagged=1");
    await reviewer.getByRole("link", { name: new RegExp(title) }).click();
    const reviewerPanel = reviewer.getByRole("region", { name: /Blameless language/ });
    await expect(reviewerPanel.getByText("We quote the vendor's statement to examine it.")).toBeVisible();
    await expect(reviewerPanel.getByRole("button", { name: "Keep this wording…" })).toHaveCount(0);
    await reviewerContext.close();
  });
});
