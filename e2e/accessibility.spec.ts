// Every page of the app, as each role that sees it, checked with axe-core at
// a desktop width and at 390 px: no serious or critical violation. The data
// each page needs (a postmortem with text, imported events and actors,
// revisions, an invite) is made here through the same helpers and forms the
// other specs use. Keyboard focus is checked on the main controls.
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expectAccessibleAtBothWidths, expectVisibleFocusOnTab } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { createPostmortem } from "./support/postmortems";
import { DEMO_PASSWORD } from "../prisma/seed/demo";
import { world } from "./support/world";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);
const statusBar = (page: Page) => page.getByRole("region", { name: "Status and workflow" });
const summary = (page: Page) => page.getByLabel("Summary (Markdown)", { exact: true });

type SignIn = (page: Page, email: string, password?: string) => Promise<void>;

/** A new signed-in page in its own browser context (one person). */
async function as(browser: Browser, signIn: SignIn, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Opens `url`, waits for its main heading, and runs the check at both widths. */
async function check(page: Page, url: string, name: string, heading?: string | RegExp) {
  await page.goto(url);
  await expect(
    page.getByRole("heading", { level: 1, ...(heading && { name: heading }) }).first(),
  ).toBeVisible();
  await expectAccessibleAtBothWidths(page, name);
}

/** Opens one of the demo's postmortems from the list and returns its URL. */
async function openDemo(page: Page, title: RegExp) {
  await page.goto("/postmortems");
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/postmortems\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  return page.url();
}

/** A postmortem with a written summary, imported events and actors; returns its URL. */
async function postmortemWithContent(page: Page, title: string) {
  const url = await createPostmortem(page, {
    title,
    severity: "SEV2",
    timeZone: "Europe/Berlin",
    startedAt: "2026-11-20T14:00",
    template: "Google SRE",
  });
  await summary(page).fill("The **cache** stopped answering at 14:05 and the API fell back to the database.");
  await expect(
    page.getByRole("region", { name: "Summary", exact: true }).getByRole("status").first(),
  ).toContainText("Saved");
  await page.goto(`${url}/timeline/import`);
  await page.getByLabel("File", { exact: true }).setInputFiles(fixture("import-timeline.csv"));
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Import 3 events" }).click();
  await expect(page.getByRole("heading", { name: /Imported 3 events/ })).toBeVisible();
  return url;
}

test.describe("accessibility: no serious or critical axe violations", () => {
  // Each page is checked twice (two widths) on a busy 2-core machine: be patient.
  test.describe.configure({ timeout: 240_000 });

  test("signed out: sign-in, sign-up, an invite and an invalid invite", async ({ page, browser, signIn }) => {
    const manager = await as(browser, signIn, world.users.alphaManager.email);
    await manager.goto("/settings/team");
    await manager.getByLabel("Email").fill(`a11y-${Date.now()}@alpha.test`);
    await manager.getByRole("button", { name: "Create invite link" }).click();
    const link = await manager.getByLabel(/Invite link/).inputValue();
    await manager.context().close();

    await check(page, "/sign-in", "sign-in");
    // The form with an error showing.
    await page.getByLabel("Email", { exact: true }).fill("nobody-a11y@e2e.test");
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status").filter({ hasText: /\w/ }).first()).toBeVisible();
    await expectAccessibleAtBothWidths(page, "sign-in with an error");
    await check(page, "/sign-up", "sign-up");
    await check(page, new URL(link).pathname, "invite");
    await check(page, "/invite/not-a-real-token-000000000000", "invalid invite");
  });

  test("a writer's postmortem: editor, timeline, import preview, actors, history", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await postmortemWithContent(page, `A11y writer ${Date.now()}`);

    await check(page, url, "document editor");
    await check(page, `${url}/timeline`, "timeline", /^Timeline of INC-/);
    await page.goto(`${url}/timeline/import`);
    await page.getByLabel("File", { exact: true }).setInputFiles(fixture("import-timeline.csv"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("Nothing can be imported.")).toBeVisible();
    await expectAccessibleAtBothWidths(page, "import preview");
    // An agent with only granted permissions: its card says "None recorded" for the rest.
    await page.goto(`${url}/actors`);
    const actors = page.getByRole("region", { name: /^Actors \(/ });
    await actors.getByRole("button", { name: "Add actor" }).click();
    const form = actors.locator("form");
    await form.getByRole("radio", { name: /AI agent/ }).check();
    await form.getByLabel("Name", { exact: true }).fill("Coding agent");
    await form.getByLabel("Granted", { exact: true }).fill("repo:write");
    await form.getByLabel("Granted", { exact: true }).press("Enter");
    await form.getByRole("button", { name: "Add actor" }).click();
    await expect(actors.getByText("None recorded").first()).toBeVisible();
    await check(page, `${url}/actors`, "actors & guardrails", /^Actors & guardrails of INC-/);

    // Two revisions apart by one word: the history shows a word-level diff.
    await page.goto(url);
    await statusBar(page).getByRole("button", { name: "Submit for review" }).click();
    await expect(statusBar(page).getByText("In review", { exact: true })).toBeVisible();
    await check(page, `${url}/history`, "history", /^History of INC-/);
  });

  test("a writer's other pages: list, new, action items, insights, settings, templates, not found", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    await check(page, "/postmortems", "postmortem list", "Postmortems");
    await check(page, "/postmortems?status=NOT_REQUIRED", "postmortem list, empty filter", "Postmortems");
    await check(page, "/postmortems/new", "new postmortem", "New postmortem");
    // The create form with its errors showing.
    await page.getByLabel("Title").fill("x");
    await page.getByRole("button", { name: "Create postmortem" }).click();
    await expect(page.getByText("Use at least 3 characters.")).toBeVisible();
    await expectAccessibleAtBothWidths(page, "new postmortem with errors");
    await check(page, "/action-items", "action items");
    await check(page, "/insights", "insights", "Insights");
    await check(page, "/settings", "settings");
    await check(page, "/settings/templates", "templates");
    await check(page, "/no-such-page", "not found", "Not found");
    await check(page, "/postmortems/doesnotexist0000", "postmortem not found", "Not found");
  });

  test("a viewer: the document read view, timeline, actors and history, read-only", async ({
    page,
    browser,
    signIn,
  }) => {
    const writer = await as(browser, signIn, world.users.alphaWriter.email);
    const url = await postmortemWithContent(writer, `A11y viewer ${Date.now()}`);
    await writer.context().close();

    await signIn(page, world.users.alphaViewer.email);
    await check(page, url, "document read view");
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await check(page, `${url}/timeline`, "timeline, read-only", /^Timeline of INC-/);
    await check(page, `${url}/actors`, "actors, read-only", /^Actors & guardrails of INC-/);
    await check(page, `${url}/history`, "history, read-only", /^History of INC-/);
    await check(page, "/postmortems", "postmortem list (viewer)", "Postmortems");
    await check(page, "/postmortems/new", "new postmortem (viewer: refused)");
  });

  test("a reviewer and a writer: review, approval, the published read view", async ({
    page,
    browser,
    signIn,
  }) => {
    const writer = await as(browser, signIn, world.users.alphaWriter.email);
    const url = await postmortemWithContent(writer, `A11y review ${Date.now()}`);
    await writer.goto(url);
    await statusBar(writer).getByRole("button", { name: "Submit for review" }).click();
    await expect(statusBar(writer).getByText("In review", { exact: true })).toBeVisible();

    await signIn(page, world.users.alphaReviewer.email);
    await check(page, url, "document in review (reviewer)");
    await statusBar(page).getByRole("button", { name: "Approve" }).click();
    await expect(statusBar(page).getByText("Approved", { exact: true })).toBeVisible();

    await writer.goto(url);
    await statusBar(writer).getByRole("button", { name: "Publish" }).click();
    await expect(statusBar(writer).getByText("Published", { exact: true })).toBeVisible();
    await expectAccessibleAtBothWidths(writer, "published read view (writer)");
    await writer.context().close();
  });

  test("a manager: a not-required postmortem, team settings, templates, a new template, action items", async ({
    page,
    browser,
    signIn,
  }) => {
    const writer = await as(browser, signIn, world.users.alphaWriter.email);
    const url = await createPostmortem(writer, { title: `A11y manager ${Date.now()}` });
    await writer.context().close();
    await signIn(page, world.users.alphaManager.email);
    await page.goto(url);
    await statusBar(page).getByRole("button", { name: "Mark not required" }).click();
    await expect(statusBar(page).getByText("Not required", { exact: true })).toBeVisible();
    await check(page, url, "not-required read view (manager)");
    await check(page, "/settings/team", "team settings");
    await check(page, "/settings/templates", "templates (manager)");
    await check(page, "/settings/templates/new", "new template");
    await check(page, "/action-items", "action items (manager)");
  });

  test("a site admin: the admin page with the severity scale", async ({ page, signIn }) => {
    await signIn(page, world.users.admin.email);
    await check(page, "/admin", "admin", "Admin");
    // The site admin of the e2e world is in no team.
    await check(page, "/postmortems", "postmortem list (admin, no team)", "You are not in a team yet");
  });

  test("the demo's Platform team: an agent incident's read view, timeline, actors, history; action items; insights", async ({
    page,
    signIn,
  }) => {
    await signIn(page, "writer@platform.kintsugi.demo", DEMO_PASSWORD);
    await check(page, "/postmortems", "demo postmortem list", "Postmortems");
    const url = await openDemo(page, /Production environment deleted/);
    await expectAccessibleAtBothWidths(page, "published read view with agents, factors and action items");
    await check(
      page,
      `${url}/timeline`,
      "timeline with a visual timeline and decision points",
      /^Timeline of INC-/,
    );
    await check(
      page,
      `${url}/actors`,
      "actors with ledgers, gaps and the blast radius",
      /^Actors & guardrails of INC-/,
    );
    await check(page, `${url}/history`, "history of a corrected postmortem", /^History of INC-/);
    await openDemo(page, /Read replicas kept following/);
    await expectAccessibleAtBothWidths(page, "approved read view");
    await check(page, "/action-items?filter=all", "action items table", "Action items");
    await expect(page.getByRole("region", { name: "Action items table" })).toBeVisible();
    await check(page, "/action-items?filter=overdue", "overdue action items", "Action items");
    await check(page, "/insights", "insights with data", "Insights");
  });

  test("the demo's Payments team and site admin: a draft with language flags, a review, the reopen dialog, admin and team settings", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, "writer@payments.kintsugi.demo", DEMO_PASSWORD);
    await openDemo(page, /Duplicate refund webhooks/);
    await expect(page.getByLabel("Title", { exact: true })).toBeVisible();
    await expectAccessibleAtBothWidths(page, "draft editor with language flags");
    const review = await openDemo(page, /Card authorisation latency/);
    await expectAccessibleAtBothWidths(page, "document in review (writer)");
    await check(page, `${review}/timeline`, "timeline in review", /^Timeline of INC-/);
    await check(page, `${review}/actors`, "actors in review", /^Actors & guardrails of INC-/);

    const admin = await as(browser, (p, email) => signIn(p, email, DEMO_PASSWORD), "admin@kintsugi.demo");
    await admin.goto("/postmortems");
    await admin.getByRole("combobox", { name: "Team" }).selectOption("platform");
    await expect(admin.getByRole("link", { name: /Production environment deleted/ })).toBeVisible();
    await openDemo(admin, /Production environment deleted/);
    await statusBar(admin).getByRole("button", { name: "Reopen for correction" }).click();
    await expect(admin.getByRole("dialog", { name: "Reopen for correction" })).toBeVisible();
    await expectAccessibleAtBothWidths(admin, "reopen-for-correction dialog");
    await admin.keyboard.press("Escape");
    await check(admin, "/admin", "admin with the demo's teams and people", "Admin");
    await check(admin, "/settings/team", "team settings with members and invites");
    await check(admin, "/settings/templates", "templates (team admin)");
    await admin.context().close();
  });

  test("the conflict view: two writers on one section", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createPostmortem(page, {
      title: `A11y conflict ${Date.now()}`,
      template: "Google SRE",
    });
    const other = await as(browser, signIn, world.users.alphaReviewer.email);
    await other.goto(url);
    await expect(summary(other)).toBeVisible();
    await summary(page).fill("Alpha: the deploy changed the pool size.\n".repeat(30));
    await expect(
      page.getByRole("region", { name: "Summary", exact: true }).getByRole("status").first(),
    ).toContainText("Saved");
    await summary(other).fill("Rita: alerts fired 9 minutes late.");
    await expect(other.getByRole("region", { name: "Conflict: compare both versions" })).toBeVisible();
    await expectAccessibleAtBothWidths(other, "conflict view");
    await other.context().close();
  });

  test("keyboard focus is visible on the main controls", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.goto("/postmortems");
    const reached = await expectVisibleFocusOnTab(page, 16);
    expect(reached.join("\n")).toMatch(/New postmortem/);

    const url = await createPostmortem(page, { title: `A11y focus ${Date.now()}`, template: "Google SRE" });
    await page.goto(url);
    // The Summary toolbar and its textarea.
    await page
      .getByRole("toolbar", { name: "Formatting for Summary" })
      .getByRole("button", { name: "Bold" })
      .focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    for (let i = 0; i < 8; i++) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return el.matches(":focus-visible") && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1;
      });
      expect(visible, `focus visible on control ${i + 1} of the Summary section`).toBe(true);
      await page.keyboard.press("Tab");
    }
  });

  test("the check itself fails on a page with violations, naming the rule and the element", async ({
    page,
  }) => {
    // No server needed: a page with an unlabelled field, an image without text and a button with no name.
    await page.setContent(
      `<html lang="en"><body><main><h1>Bad page</h1><input type="text" id="nameless">` +
        `<img src="data:," id="pictured"><button id="silent"></button></main></body></html>`,
    );
    const failure = await expectAccessibleAtBothWidths(page, "a page made to fail").then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain(
      "serious or critical accessibility violation(s) on a page made to fail (1280 px)",
    );
    expect(failure).toMatch(/\[critical\] (label|image-alt|button-name):/);
    for (const id of ["#nameless", "#pictured", "#silent"]) expect(failure).toContain(`element ${id}`);
  });
});
