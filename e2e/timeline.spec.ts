import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { incidentUrl } from "./support/factories";
import { createPostmortem } from "./support/postmortems";
import { longTimelineEventId, seededIncidents } from "./support/seeded-incidents";
import { world } from "./support/world";

/** Creates a postmortem (Europe/Berlin, started 20 Nov 2026 14:05) and returns its timeline URL. */
async function createTimeline(page: Page, title: string) {
  const url = `${await createPostmortem(page, { title, severity: "SEV2", timeZone: "Europe/Berlin", startedAt: "2026-11-20T14:05" })}/timeline`;
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: /^Timeline of INC-/ })).toBeVisible();
  return url;
}

const entry = (page: Page) => page.getByRole("form", { name: "New event" });
const rows = (page: Page) => page.getByRole("list", { name: "Timeline events" }).getByRole("listitem");
const row = (page: Page, text: string) => rows(page).filter({ hasText: text });

/** Types one event with the keyboard only: time, Tab to end time, type, actor, description, Enter. */
async function typeEvent(page: Page, time: string, type: string, description: string) {
  const timeField = entry(page).getByLabel("Time", { exact: true });
  await expect(timeField).toBeFocused();
  await page.keyboard.type(time);
  await page.keyboard.press("Tab"); // end time
  await page.keyboard.press("Tab"); // type
  await expect(entry(page).getByLabel("Type")).toBeFocused();
  await entry(page).getByLabel("Type").selectOption({ label: type });
  await page.keyboard.press("Tab"); // actor
  await page.keyboard.press("Tab"); // description
  await expect(entry(page).getByLabel("Description")).toBeFocused();
  await page.keyboard.type(description);
  await page.keyboard.press("Enter");
  await expect(row(page, description)).toBeVisible();
}

/** Rows skip painting off-screen (content-visibility), which a full-page shot never scrolls to. */
async function fullPageShot(page: Page, name: string) {
  await page.addStyleTag({ content: "li { content-visibility: visible !important; }" });
  await shot(page, `${name}.png`, { fullPage: true });
}

async function milestone(page: Page, label: string): Promise<Locator> {
  return page.getByRole("region", { name: "Milestones and durations" }).getByLabel(label, { exact: true });
}

test.describe("timeline tab", () => {
  test.describe.configure({ timeout: 120_000 });

  test("keyboard entry, milestones and durations, order errors, decision point, delete/undo, pin/filter", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createTimeline(page, `Timeline ${Date.now()}`);
    await expect(page.getByRole("heading", { name: "No events yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Import events" })).toHaveAttribute(
      "href",
      /\/timeline\/import$/,
    );
    await expect(entry(page).getByRole("link", { name: "Add actors" })).toHaveAttribute("href", /\/actors$/);

    // Relative to the incident start (14:05 CET) for the first event; a bad input says why.
    const timeField = entry(page).getByLabel("Time", { exact: true });
    await timeField.click();
    await page.keyboard.type("soon");
    await expect(entry(page).getByText(/"soon" is not a time Kintsugi understands/)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(timeField).toHaveValue("");

    await page.keyboard.type("+5m");
    await expect(entry(page).getByText("→ 20 Nov 14:10 CET")).toBeVisible();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await typeEvent(page, "2026-11-20 14:10", "Alert", "Error rate alert fired for checkout");
    await typeEvent(page, "+5m", "Action", "Agent ran terraform destroy on the environment");
    await typeEvent(page, "14:30", "Communication", "Status page updated");
    await expect(page.getByTestId("event-count")).toHaveText("Showing all 3 events");
    await expect(row(page, "Agent ran terraform").locator("time").first()).toHaveText("20 Nov 14:15 CET");
    await expect(rows(page).nth(2)).toContainText("Status page updated");

    // A decision point through the entry row's details.
    await page.keyboard.type("+2m");
    await entry(page).getByRole("button", { name: "More details" }).click();
    await entry(page).getByLabel("Decision point").check();
    await entry(page)
      .getByLabel("Why the choice made sense at the time")
      .fill("The runbook said recreating is the standard fix.");
    await entry(page).getByRole("textbox", { name: "Resources touched" }).fill("prod-vpc");
    await entry(page).getByRole("textbox", { name: "Resources touched" }).press("Enter");
    await entry(page).getByLabel("Crossed the non-production → production boundary").check();
    await entry(page).getByLabel("Description").fill("Agent decided to recreate the environment");
    await entry(page).getByLabel("Description").press("Enter");
    const decision = row(page, "Agent decided to recreate");
    await expect(decision.getByText("Decision point")).toBeVisible();
    await expect(decision.getByText("Crossed into production")).toBeVisible();
    await decision.getByRole("button", { name: "Details" }).click();
    await expect(decision.getByText("The runbook said recreating is the standard fix.")).toBeVisible();

    // Mark the alert as "detected": time to detect = 14:10 − 14:05.
    await row(page, "Error rate alert").getByRole("button", { name: "Edit" }).click();
    const editor = page.getByRole("form", { name: "Edit event" });
    await editor.getByLabel("Marks milestone").selectOption({ label: "Detected" });
    await editor.getByRole("button", { name: "Save event" }).click();
    await expect(row(page, "Error rate alert").getByText("Milestone: Detected")).toBeVisible();
    await expect(page.getByTestId("duration-ttd")).toHaveText("5 min");
    await expect(await milestone(page, "Detected")).toHaveValue("2026-11-20T14:10");

    // A later event cannot mark "started" (detection came before it): said beside the field.
    await row(page, "Agent ran terraform").getByRole("button", { name: "Edit" }).click();
    await editor.getByLabel("Marks milestone").selectOption({ label: "Started" });
    await editor.getByRole("button", { name: "Save event" }).click();
    await expect(editor.getByText("Started cannot be after detected.").first()).toBeVisible();
    await editor.getByRole("button", { name: "Cancel" }).click();

    // Set one directly: mitigated at 14:40, then an acknowledged before detection is refused.
    await (await milestone(page, "Mitigated")).fill("2026-11-20T14:40");
    await page.getByRole("button", { name: "Save mitigated" }).click();
    await expect(page.getByTestId("duration-ttm")).toHaveText("35 min");
    await (await milestone(page, "Acknowledged")).fill("2026-11-20T14:07");
    await page.getByRole("button", { name: "Save acknowledged" }).click();
    await expect(page.locator("#milestone-acknowledgedAt-error")).toHaveText(
      "Acknowledged cannot be before detected.",
    );
    await expect(await milestone(page, "Acknowledged")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("duration-tta")).toHaveText("—");
    await fullPageShot(page, "timeline-desktop");

    // Delete, then undo.
    await row(page, "Status page updated").getByRole("button", { name: "Delete" }).click();
    await expect(row(page, "Status page updated")).toHaveCount(0);
    await expect(page.getByText("Event deleted.")).toBeVisible();
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(row(page, "Status page updated")).toBeVisible();

    // Pin one, filter on pinned.
    const pin = row(page, "Agent ran terraform").getByRole("button", { name: "Pin" });
    await pin.click();
    await expect(pin).toHaveAttribute("aria-pressed", "true");
    await page.getByLabel("Pinned only").check();
    await expect(page.getByTestId("event-count")).toHaveText("Showing 1 of 4 events");
    await expect(rows(page)).toHaveCount(1);
    await page.getByLabel("Pinned only").uncheck();

    // Hide one: gone from the list until "Show hidden".
    await row(page, "Status page updated").getByRole("button", { name: "Hide" }).click();
    await expect(page.getByTestId("event-count")).toHaveText("Showing 3 of 4 events");

    // Everything survives a reload; a link to #event-<id> highlights its row.
    await page.reload();
    await expect(page.getByTestId("event-count")).toHaveText("Showing 3 of 4 events");
    const id = (await row(page, "Agent ran terraform").getAttribute("id"))!;
    // Opened as a shared link is, from another page: a hash change on this page while it is
    // still hydrating after the reload can be undone by the router setting its first URL.
    await page.goto("about:blank");
    await page.goto(`${url}#${id}`);
    await expect(page.locator(`#${id}`)).toHaveAttribute("data-highlighted", "true");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await expect(rows(page).first()).toBeVisible();
    await fullPageShot(page, "timeline-phone");
  });

  test("a viewer reads without controls; another team gets 404", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createTimeline(page, `Timeline read-only ${Date.now()}`);
    await entry(page).getByLabel("Time", { exact: true }).click();
    await typeEvent(page, "2026-11-20 14:12", "Detection", "On-call engineer saw the dashboard go red");

    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signIn(viewer, world.users.alphaViewer.email);
    await viewer.goto(url);
    await expect(row(viewer, "On-call engineer saw")).toBeVisible();
    await expect(entry(viewer)).toHaveCount(0);
    await expect(viewer.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(viewer.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await expect(viewer.getByRole("link", { name: "Import events" })).toHaveCount(0);
    await row(viewer, "On-call engineer saw").getByRole("button", { name: "Details" }).click();
    await expect(row(viewer, "On-call engineer saw").getByText("What was known at the time")).toBeVisible();
    await viewerContext.close();

    const betaContext = await browser.newContext();
    const beta = await betaContext.newPage();
    await signIn(beta, world.users.betaWriter.email);
    const response = await beta.goto(url);
    expect(response?.status()).toBe(404);
    await expect(beta.getByText("On-call engineer saw")).toHaveCount(0);
    await betaContext.close();
  });

  test("two writers edit the same event: the second sees theirs and mine and re-applies", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createTimeline(page, `Timeline conflict ${Date.now()}`);
    await entry(page).getByLabel("Time", { exact: true }).click();
    await typeEvent(page, "2026-11-20 14:12", "Detection", "Dashboard went red");

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, world.users.alphaReviewer.email);
    await other.goto(url);
    await row(other, "Dashboard went red").getByRole("button", { name: "Edit" }).click();

    await row(page, "Dashboard went red").getByRole("button", { name: "Edit" }).click();
    await page
      .getByRole("form", { name: "Edit event" })
      .getByLabel("Description")
      .fill("Theirs: dashboard red at 14:12");
    await page.getByRole("button", { name: "Save event" }).click();
    // Saved when the form has closed (the row holds the open form, so its text alone proves nothing).
    await expect(page.getByRole("form", { name: "Edit event" })).toHaveCount(0);
    await expect(row(page, "Theirs: dashboard red")).toBeVisible();

    const form = other.getByRole("form", { name: "Edit event" });
    await form.getByLabel("Description").fill("Mine: the on-call engineer saw the dashboard");
    await form.getByRole("button", { name: "Save event" }).click();
    const conflict = other.getByRole("region", { name: "Conflict: compare both versions" });
    await expect(conflict.getByTestId("conflict-theirs")).toContainText("Theirs: dashboard red at 14:12");
    await expect(conflict.getByTestId("conflict-mine")).toContainText("Mine: the on-call engineer");
    await conflict.getByRole("button", { name: "Re-apply mine" }).click();
    // Saved when the conflict panel (inside the row, with "Mine" in it) has gone.
    await expect(conflict).toHaveCount(0);
    await expect(row(other, "Mine: the on-call engineer")).toBeVisible();
    await page.reload();
    await expect(row(page, "Mine: the on-call engineer")).toBeVisible();
    await otherContext.close();
  });

  test("2,000 events: a light page, the rest loads after, a link to the 1,500th event works", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = `${incidentUrl(seededIncidents.longTimeline)}/timeline`;

    // The whole HTML response (with the RSC data of the client components' props) stays small.
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    const html = await response.body();
    expect(html.byteLength).toBeLessThan(500_000);
    expect(html.toString()).toContain("Long timeline event 50:");
    expect(html.toString()).not.toContain("Long timeline event 51:");

    // A shared link to an event far beyond the first window: shown, highlighted and focused once loaded.
    const target = longTimelineEventId(1_499);
    await page.goto(`${url}#event-${target}`);
    const targetRow = page.locator(`#event-${target}`);
    await expect(targetRow).toBeVisible({ timeout: 30_000 });
    await expect(targetRow).toContainText("Long timeline event 1500:");
    await expect(targetRow).toHaveAttribute("data-highlighted", "true");
    await expect(targetRow).toBeFocused();
    // Its details (not sent with the rows) load on Details, and Edit opens with them.
    await targetRow.getByRole("button", { name: "Details" }).click();
    await expect(targetRow.getByRole("heading", { name: "What was known at the time" })).toBeVisible();
    await targetRow.getByRole("button", { name: "Edit" }).click();
    const editor = page.getByRole("form", { name: "Edit event" });
    await expect(editor.getByLabel("Description")).toHaveValue(/^Long timeline event 1500:/);
    await editor.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByTestId("timeline-loading")).toHaveCount(0);
    await expect(page.getByTestId("event-count")).toHaveText("Showing all 2000 events");
    await expect(rows(page)).toHaveCount(2_000);
    await expect(row(page, "Long timeline event 2000:")).toHaveCount(1);

    // Filters apply to every event, loaded after the first window or not.
    await page.locator("#filter-type").selectOption({ label: "Decision" });
    await expect(page.getByTestId("event-count")).toHaveText("Showing 200 of 2000 events");
  });
});
