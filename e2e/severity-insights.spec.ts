import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

const statusBar = (page: Page) => page.getByRole("region", { name: "Status and workflow" });
const scaleForm = (page: Page) => page.getByRole("region", { name: "Severity scale" });

async function saveScale(admin: Page, count: "4" | "5", sev5Name = "Informational") {
  await admin.goto("/admin");
  await scaleForm(admin)
    .getByRole("radio", { name: `${count} levels` })
    .check();
  await scaleForm(admin).getByLabel("Name of SEV5").fill(sev5Name);
  await scaleForm(admin).getByRole("button", { name: "Save severity scale" }).click();
  await expect(scaleForm(admin).getByRole("status")).toContainText(
    `Saved. The severity scale is now SEV1–SEV${count}.`,
  );
}

test.describe("one severity scale, set by a site admin", () => {
  test.describe.configure({ timeout: 150_000, mode: "serial" });

  test("five levels, then four: every form, filter and badge follows; an off-scale postmortem says so", async ({
    page,
    browser,
    signIn,
  }) => {
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, world.users.admin.email);
    await admin.goto("/admin");
    // Refused beside the field, nothing saved.
    await scaleForm(admin).getByLabel("Name of SEV2").fill("");
    await scaleForm(admin).getByRole("button", { name: "Save severity scale" }).click();
    await expect(scaleForm(admin).getByText("Give the level a name.")).toBeVisible();
    await expect(scaleForm(admin).getByLabel("Name of SEV2")).toHaveAttribute("aria-invalid", "true");
    await scaleForm(admin).getByLabel("Name of SEV2").fill("Major");

    try {
      await saveScale(admin, "5", "Heads-up");
      await signIn(page, world.users.alphaWriter.email);
      await page.goto("/postmortems/new");
      const options = page.getByLabel("Severity").locator("option");
      await expect(options).toHaveText([
        /^SEV1 — Critical/,
        /^SEV2 — Major/,
        /^SEV3 — Minor/,
        /^SEV4 — Low/,
        /^SEV5 — Heads-up/,
      ]);
      await expect(page.getByLabel("Severity")).toHaveValue("SEV3");
      const title = `Heads-up incident ${Date.now()}`;
      const url = await createPostmortem(page, { title, severity: "SEV5" });
      await expect(page.getByText("SEV5 · Heads-up").first()).toBeVisible();
      // The editor offers the same five levels.
      await expect(page.getByLabel("Severity", { exact: true }).locator("option")).toHaveCount(5);

      // The list filters by it.
      await page.goto("/postmortems?severity=SEV5");
      await expect(
        page
          .getByRole("navigation", { name: "Filter by severity" })
          .getByRole("link", { name: "SEV5 · Heads-up" }),
      ).toHaveAttribute("aria-current", "true");
      await expect(
        page.getByRole("list", { name: "Postmortems" }).getByRole("link", { name: new RegExp(title) }),
      ).toBeVisible();

      // Back to four levels: the postmortem keeps SEV5, and says it is off the scale.
      await saveScale(admin, "4", "Heads-up");
      await expect(scaleForm(admin)).toContainText(/\d+ postmortems? (is|are) at SEV5/);
      await page.goto(url);
      await expect(page.getByText("SEV5 · Heads-up · off scale").first()).toBeVisible();
      await expect(
        page.getByText(/SEV5 is no longer on this organisation's severity scale \(SEV1–SEV4\)/),
      ).toBeVisible();
      const editorSeverity = page.getByLabel("Severity", { exact: true });
      await expect(editorSeverity).toHaveValue("SEV5");
      await expect(editorSeverity.locator("option")).toHaveText([
        /^SEV1/,
        /^SEV2/,
        /^SEV3/,
        /^SEV4/,
        /^SEV5 — Heads-up.*\(no longer on the scale\)$/,
      ]);
      await shot(page, `severity-off-scale.png`);
      await page.goto("/postmortems/new");
      await expect(page.getByLabel("Severity").locator("option")).toHaveCount(4);
      await page.goto("/postmortems?severity=SEV5");
      await expect(page.getByRole("list", { name: "Postmortems" })).toContainText("off scale");
      await admin.goto("/admin");
      await shot(admin, `admin-severity.png`, { fullPage: true });
      await admin.setViewportSize({ width: 390, height: 844 });
      await scaleForm(admin).scrollIntoViewIfNeeded();
      await shot(admin, `admin-severity-390.png`, { fullPage: true });
      await admin.setViewportSize({ width: 1280, height: 720 });
    } finally {
      await saveScale(admin, "4", "Informational");
      await adminContext.close();
    }
  });

  test("a team member cannot reach the scale: the admin page is not found", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaManager.email);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(404);
  });
});

test.describe("insights", () => {
  test("say what they count, with the list's total and the not-required ones left out", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.betaWriter.email);
    for (const n of [1, 2]) await createPostmortem(page, { title: `Counted ${n} ${Date.now()}` });
    await createPostmortem(page, { title: `Not needed ${Date.now()}` });
    await statusBar(page).getByRole("button", { name: "Mark not required" }).click();
    await expect(statusBar(page).getByText("Not required", { exact: true })).toBeVisible();

    await page.goto("/postmortems");
    const all = Number(
      (await page
        .getByText(/ · \d+ postmortems?$/)
        .first()
        .textContent())!.match(/(\d+) postmortems?$/)![1],
    );
    await page.goto("/postmortems?status=NOT_REQUIRED");
    const notRequired = Number(
      (await page
        .getByText(/ · \d+ postmortems?$/)
        .first()
        .textContent())!.match(/(\d+) postmortems?$/)![1],
    );
    expect(notRequired).toBeGreaterThanOrEqual(1);

    await page.goto("/insights");
    await expect(page.getByText(new RegExp(` · ${all} postmortems · `))).toBeVisible();
    const counted = page.getByRole("region", { name: "What is counted" });
    await expect(counted).toContainText(
      `${all - notRequired} of the team’s ${all} postmortems are counted. Left out: ${notRequired} marked “not required”`,
    );
    await expect(counted.getByRole("link", { name: `${notRequired} marked “not required”` })).toHaveAttribute(
      "href",
      "/postmortems?status=NOT_REQUIRED",
    );
    await expect(page.getByRole("region", { name: "By severity" })).toContainText("SEV3");
    await shot(page, `insights.png`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `insights-390.png`, { fullPage: true });
  });
});
