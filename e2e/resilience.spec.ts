// Lost answers, offline and redeploys (issue 8, items 5 to 8): a Server Action
// call that gets no answer keeps what the user typed and says so (never the
// error page); a retry of the same attempt does not create twice; a save
// retried after a lost answer is saved, not a conflict with oneself; after a
// redeploy the page asks for a reload and keeps the text.
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

test.describe.configure({ timeout: 120_000 });

const entry = (page: Page) => page.getByRole("form", { name: "New event" });
const rows = (page: Page) => page.getByRole("list", { name: "Timeline events" }).getByRole("listitem");
const errorPage = (page: Page) => page.getByRole("heading", { name: "Something went wrong" });
const body = (page: Page, name: string) => page.getByLabel(`${name} (Markdown)`, { exact: true });
const sectionStatus = (page: Page, name: string) =>
  page.getByRole("region", { name, exact: true }).getByRole("status").first();

/** A Server Action call: a POST with Next's action header. */
const isAction = (route: Route, bodyIncludes?: string) =>
  route.request().method() === "POST" &&
  Boolean(route.request().headers()["next-action"]) &&
  (!bodyIncludes || (route.request().postData() ?? "").includes(bodyIncludes));

/**
 * The next action call whose body includes `marker` reaches the server, but
 * its answer never reaches the page (as when a connection drops after the
 * server committed). Later calls pass.
 */
async function loseNextAnswer(page: Page, marker: string) {
  let lost = 0;
  await page.route("**/*", async (route) => {
    if (lost === 0 && isAction(route, marker)) {
      lost += 1;
      await route.fetch({ maxRedirects: 0 });
      await route.abort("connectionreset");
      return;
    }
    await route.fallback();
  });
  return () => lost;
}

async function newTimeline(page: Page, title: string) {
  const url = await createPostmortem(page, {
    title,
    timeZone: "UTC",
    startedAt: "2026-11-20T14:05",
    template: "Google SRE",
  });
  await page.goto(`${url}/timeline`);
  await expect(entry(page).getByLabel("Time", { exact: true })).toBeVisible();
  return url;
}

async function typeEvent(page: Page, time: string, description: string) {
  await entry(page).getByLabel("Time", { exact: true }).fill(time);
  await entry(page).getByLabel("Description").fill(description);
  await entry(page).getByLabel("Description").press("Enter");
}

test.describe("offline", () => {
  test("adding a timeline event offline keeps it, says so, and saves it once back online", async ({
    page,
    context,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await newTimeline(page, `Offline event ${Date.now()}`);

    await context.setOffline(true);
    await typeEvent(page, "2026-11-20 14:10", "Paged the on-call engineer");
    await expect(entry(page).getByText(/^Offline: not saved/)).toBeVisible();
    await expect(entry(page).getByLabel("Description")).toHaveValue("Paged the on-call engineer");
    await expect(errorPage(page)).toHaveCount(0);
    await shot(entry(page), `timeline-offline.png`);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(entry(page), `timeline-offline-390.png`);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Back online: the same attempt goes out again by itself.
    await context.setOffline(false);
    await expect(rows(page).filter({ hasText: "Paged the on-call engineer" })).toHaveCount(1);
    await expect(entry(page).getByLabel("Description")).toHaveValue("");
    await expect(entry(page).getByText(/^Offline: not saved/)).toHaveCount(0);
    await page.goto(`${url}/timeline`);
    await expect(rows(page).filter({ hasText: "Paged the on-call engineer" })).toHaveCount(1);
  });

  test("submitting for review offline says so and works once back online", async ({
    page,
    context,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    await createPostmortem(page, { title: `Offline review ${Date.now()}` });
    const bar = page.getByRole("region", { name: "Status and workflow" });
    await context.setOffline(true);
    await bar.getByRole("button", { name: "Submit for review", exact: true }).click();
    await expect(bar.getByText(/^Offline: not saved/)).toBeVisible();
    await expect(errorPage(page)).toHaveCount(0);
    await expect(bar.getByText("Draft", { exact: true })).toBeVisible();
    await shot(bar, `status-offline.png`);

    await context.setOffline(false);
    await bar.getByRole("button", { name: "Submit for review", exact: true }).click();
    await expect(bar.getByText("In review", { exact: true })).toBeVisible();
    await expect(bar.getByText(/^Offline: not saved/)).toHaveCount(0);
  });

  test("creating a postmortem offline keeps the form; sent again online, it exists once", async ({
    page,
    context,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const title = `Offline create ${Date.now()}`;
    await page.goto("/postmortems/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Severity").selectOption("SEV2");
    await context.setOffline(true);
    await page.getByRole("button", { name: "Create postmortem" }).click();
    await expect(page.getByText(/^Offline: not saved/)).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Severity")).toHaveValue("SEV2");
    await expect(errorPage(page)).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `create-offline.png`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `create-offline-390.png`);
    await page.setViewportSize({ width: 1280, height: 720 });

    await context.setOffline(false);
    await page.getByRole("button", { name: "Create postmortem" }).click();
    await page.waitForURL((u) => /^\/postmortems\/(?!new$)[a-z0-9]+$/.test(u.pathname));
    await page.goto("/postmortems");
    await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  });
});

test.describe("lost answers", () => {
  test("an event whose answer was lost, retried: one event", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await newTimeline(page, `Lost event ${Date.now()}`);
    const lost = await loseNextAnswer(page, "Restarted the checkout pods");
    await typeEvent(page, "2026-11-20 14:10", "Restarted the checkout pods");
    await expect(entry(page).getByText(/^Not saved: the server did not answer/)).toBeVisible();
    expect(lost()).toBe(1);
    await expect(entry(page).getByLabel("Description")).toHaveValue("Restarted the checkout pods");
    await entry(page).getByRole("button", { name: "Retry" }).click();
    await expect(rows(page).filter({ hasText: "Restarted the checkout pods" })).toHaveCount(1);
    await page.goto(`${url}/timeline`);
    await expect(rows(page).filter({ hasText: "Restarted the checkout pods" })).toHaveCount(1);
    await expect(page.getByTestId("event-count")).toHaveText("Showing all 1 event");
  });

  test("a postmortem whose answer was lost, created again: one postmortem", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const title = `Lost create ${Date.now()}`;
    await page.goto("/postmortems/new");
    await page.getByLabel("Title").fill(title);
    await loseNextAnswer(page, title);
    await page.getByRole("button", { name: "Create postmortem" }).click();
    await expect(page.getByText(/^Not saved: the server did not answer/)).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await page.getByRole("button", { name: "Create postmortem" }).click();
    await page.waitForURL((u) => /^\/postmortems\/(?!new$)[a-z0-9]+$/.test(u.pathname));
    await page.goto("/postmortems");
    await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  });

  test("a section save whose answer was lost is saved on retry, not a conflict", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createPostmortem(page, { title: `Lost save ${Date.now()}`, template: "Google SRE" });
    const text = "The pool size change shipped at 14:02.";
    const lost = await loseNextAnswer(page, text);
    await body(page, "Summary").fill(text);
    await expect(sectionStatus(page, "Summary")).toContainText("Not saved — retrying in");
    expect(lost()).toBe(1);
    await page
      .getByRole("region", { name: "Summary", exact: true })
      .getByRole("button", { name: "Retry now" })
      .click();
    await expect(sectionStatus(page, "Summary")).toContainText(/Saved \d{1,2}:\d{2}/);
    await expect(page.getByRole("region", { name: "Conflict: compare both versions" })).toHaveCount(0);
    await page.goto(url);
    await expect(body(page, "Summary")).toHaveValue(text);
  });
});

test.describe("after a redeploy", () => {
  test("an action the server no longer knows: the page asks for a reload and keeps the text", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    await newTimeline(page, `Redeploy ${Date.now()}`);
    // What Next answers for an action id it does not know (action-handler.js).
    const typed = "Text typed before the reload.";
    let saves = 0;
    await page.route("**/*", async (route) => {
      if (!isAction(route)) return route.fallback();
      if (isAction(route, typed)) saves += 1;
      await route.fulfill({
        status: 409,
        headers: { "x-nextjs-action-not-found": "1", "content-type": "text/plain" },
        body: "Server Action unavailable.",
      });
    });

    await typeEvent(page, "2026-11-20 14:10", "Scaled the database up");
    await expect(entry(page).getByText(/Kintsugi was updated since you opened this page/)).toBeVisible();
    await expect(entry(page).getByRole("button", { name: "Reload page" })).toBeVisible();
    await expect(entry(page).getByLabel("Description")).toHaveValue("Scaled the database up");
    await expect(errorPage(page)).toHaveCount(0);
    await shot(entry(page), `timeline-redeploy.png`);

    // The document's autosave stops instead of retrying forever, and keeps the text.
    await page.getByRole("link", { name: "Document", exact: true }).click();
    await body(page, "Summary").fill(typed);
    await expect(sectionStatus(page, "Summary")).toContainText("Kintsugi was updated");
    await expect(page.getByRole("button", { name: "Reload page" })).toBeVisible();
    expect(saves).toBe(1);
    await shot(page.getByRole("region", { name: "Summary", exact: true }), `section-redeploy.png`);
    await page.waitForTimeout(7_000); // past the first retry delay (5 s)
    expect(saves).toBe(1);
    await expect(body(page, "Summary")).toHaveValue(typed);
  });
});
