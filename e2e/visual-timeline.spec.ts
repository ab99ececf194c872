import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { incidentUrl } from "./support/factories";
import { shot } from "./support/screenshots";
import { seededIncidents } from "./support/seeded-incidents";
import { world } from "./support/world";

// The visual timeline above the events table: lanes per actor grouped by kind,
// milestone lines, phase spans, zoom, click-through to the event's row, and
// how it looks at desktop and phone width for a 1-hour, 2-minute and 3-day
// incident. The incidents are written by database factories before the run
// (e2e/support/seeded-incidents.ts); entering actors and events by keyboard is
// e2e/timeline.spec.ts's and e2e/actors.spec.ts's subject.

const chart = (page: Page) => page.getByTestId("visual-timeline");
const range = (page: Page) => page.getByTestId("visual-range");

test.describe("visual timeline", () => {
  test("lanes per actor kind, milestones, phases, zoom and click-through", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.goto(`${incidentUrl(seededIncidents.visualEmpty)}/timeline`);
    await expect(chart(page)).toContainText("The visual timeline appears once events are added.");

    const url = incidentUrl(seededIncidents.visualLanes);
    await page.goto(`${url}/timeline`);
    const vt = chart(page);
    // Lanes grouped people / automation / AI agents, plus "No actor".
    const lanes = vt.getByTestId("visual-lanes");
    await expect(lanes).toContainText("People");
    await expect(lanes).toContainText("Automation");
    await expect(lanes).toContainText("AI agents");
    await expect(lanes).toContainText("No actor");
    const laneText = (await lanes.textContent()) ?? "";
    expect(laneText.indexOf("People")).toBeGreaterThanOrEqual(0);
    expect(laneText.indexOf("People")).toBeLessThan(laneText.indexOf("Automation"));
    expect(laneText.indexOf("Automation")).toBeLessThan(laneText.indexOf("AI agents"));
    expect(laneText.indexOf("AI agents")).toBeLessThan(laneText.indexOf("No actor"));
    // Milestone lines and phase spans with their durations.
    for (const key of ["startedAt", "detectedAt", "mitigatedAt", "resolvedAt"])
      await expect(vt.locator(`[data-milestone="${key}"]`)).toHaveCount(1);
    await expect(vt.getByRole("img", { name: "Detected: 14:21 CET" })).toBeVisible();
    await expect(vt.getByRole("img", { name: "Time to detect · 16 min" })).toBeVisible();
    await expect(vt.getByRole("img", { name: "Mitigation · 20 min" })).toBeVisible();
    await expect(vt.getByRole("img", { name: "Resolution · 25 min" })).toBeVisible();
    await expect(vt.getByRole("img", { name: "Time to resolve (total) · 1 h 1 min" })).toBeVisible();
    await expect(range(page)).toContainText("20 Nov");
    await expect(range(page)).toContainText("CET");

    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(vt, `desktop-1280.png`);

    // Zoom: buttons, a preset, keys, drag, and back to the whole incident.
    const whole = await range(page).textContent();
    await vt.getByRole("button", { name: "Zoom in" }).click();
    await expect(range(page)).not.toHaveText(whole!);
    await vt.getByRole("button", { name: "Whole incident" }).click();
    await expect(range(page)).toHaveText(whole!);
    await vt.getByRole("button", { name: "Detection" }).click();
    await expect(vt.getByRole("button", { name: "Detection" })).toHaveAttribute("aria-pressed", "true");
    await vt.getByTestId("visual-chart").focus();
    await page.keyboard.press("-");
    await page.keyboard.press("0");
    await expect(range(page)).toHaveText(whole!);
    const plot = await vt.getByTestId("visual-plot").boundingBox();
    await page.mouse.move(plot!.x + plot!.width * 0.1, plot!.y + 20);
    await page.mouse.down();
    await page.mouse.move(plot!.x + plot!.width * 0.3, plot!.y + 20, { steps: 6 });
    await expect(vt.getByTestId("visual-drag")).toBeVisible();
    await page.mouse.up();
    await expect(range(page)).not.toHaveText(whole!);
    await vt.getByRole("button", { name: "Whole incident" }).click();

    // Click-through: the marker links to the event's row in the table.
    const marker = vt.getByRole("link", {
      name: /Decision · Deploy agent · Agent chose to recreate the stack/,
    });
    await marker.focus();
    await expect(vt.getByTestId("visual-tooltip")).toContainText("Agent chose to recreate the stack");
    await shot(vt, `marker-focused-1280.png`);
    const href = await marker.getAttribute("href");
    expect(href).toMatch(/^#event-[a-z0-9]+$/);
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href!)).toBeInViewport();
    await expect(page.locator(href!)).toContainText("Agent chose to recreate the stack");
    await shot(page, `click-through-1280.png`);

    // Printing lays the chart out for the page width, without the zoom controls.
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(Number(await vt.getByTestId("visual-plot").getAttribute("width"))).toBeLessThanOrEqual(520);
    await expect(vt.getByRole("button", { name: "Zoom in" })).toBeHidden();
    await shot(vt, `print.png`);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });

    // Phone width: the plot scrolls, the lane names stay.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/timeline`);
    await expect(vt.getByTestId("visual-lanes")).toContainText("Deploy agent");
    await shot(vt, `phone-390.png`);
    await vt.getByTestId("visual-chart").evaluate((el) => (el.scrollLeft = 200));
    await expect(vt.getByTestId("visual-lanes")).toBeInViewport();
    await shot(vt, `phone-390-scrolled.png`);
  });

  test("a 2-minute and a 3-day incident stay readable", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${incidentUrl(seededIncidents.twoMinutes)}/timeline`);
    // Seconds on the ticks and the range.
    await expect(range(page)).toHaveText(/^20 Nov 14:0\d:\d\d – 14:0\d:\d\d CET$/);
    await expect(chart(page).getByRole("img", { name: "Time to detect · 20 s" })).toBeVisible();
    await shot(chart(page), `two-minutes-1280.png`);

    await page.goto(`${incidentUrl(seededIncidents.threeDays)}/timeline`);
    // Both dates in the range, dates on the axis, durations in days.
    await expect(range(page)).toHaveText(/^\d+ Nov \d\d:\d\d – \d+ Nov \d\d:\d\d CET$/);
    await expect(chart(page).getByText("Sat 21 Nov")).toBeVisible();
    await expect(chart(page).getByRole("img", { name: "Time to resolve (total) · 3 d 1 h" })).toBeVisible();
    await shot(chart(page), `three-days-1280.png`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await shot(chart(page), `three-days-390.png`);
  });
});
