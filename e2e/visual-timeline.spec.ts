import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

// The visual timeline above the events table: lanes per actor grouped by kind,
// milestone lines, phase spans, zoom, click-through to the event's row, and
// how it looks at desktop and phone width for a 1-hour, 2-minute and 3-day
// incident. Actors are added on the actors tab and events through the
// keyboard entry row, as a writer would.

type Kind = "Person" | "Automation" | "AI agent";

const createIncident = (page: Page, title: string, start: string) =>
  createPostmortem(page, {
    title,
    severity: "SEV2",
    timeZone: "Europe/Berlin",
    startedAt: start,
    template: "Google SRE",
  });

async function addActor(page: Page, url: string, kind: Kind, name: string) {
  await page.goto(`${url}/actors`);
  await page.getByRole("button", { name: "Add actor" }).first().click();
  await page.getByRole("radio", { name: new RegExp(`^${kind}`) }).check();
  // People are recorded by role; other actors by name.
  await page.getByLabel(kind === "Person" ? "Role" : "Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add actor" }).last().click();
  // Its card, which only the saved actor has (the name may show elsewhere before the save lands).
  await expect(page.getByRole("article", { name: new RegExp(name) })).toBeVisible();
}

/** Selects the option whose text contains `text` (option labels may add a role). */
async function selectContaining(select: Locator, text: string) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

type NewEvent = { time: string; type?: string; actor?: string; description: string };

async function addEvents(page: Page, url: string, events: NewEvent[]) {
  await page.goto(`${url}/timeline`);
  const form = page.getByRole("form", { name: "New event" });
  for (const e of events) {
    await form.getByLabel("Time", { exact: true }).fill(e.time);
    if (e.type) await form.getByLabel("Type").selectOption({ label: e.type });
    if (e.actor) await selectContaining(form.getByLabel("Actor"), e.actor);
    const description = form.getByLabel("Description");
    await description.fill(e.description);
    await description.press("Enter");
    await expect(page.getByRole("list", { name: "Timeline events" }).getByText(e.description)).toBeVisible();
  }
}

async function setMilestones(page: Page, values: Partial<Record<string, string>>) {
  for (const [label, value] of Object.entries(values)) {
    const input = page.getByLabel(label, { exact: true });
    await input.fill(value!);
    await page.getByRole("button", { name: `Save ${label.toLowerCase()}` }).click();
    await expect(page.getByRole("button", { name: `Save ${label.toLowerCase()}` })).toBeDisabled();
  }
}

const chart = (page: Page) => page.getByTestId("visual-timeline");
const range = (page: Page) => page.getByTestId("visual-range");

test.describe("visual timeline", () => {
  // Many round trips to build the incidents on a small machine.
  test.describe.configure({ timeout: 180_000 });

  test("lanes per actor kind, milestones, phases, zoom and click-through", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createIncident(page, `Visual ${Date.now()}`, "2026-11-20T14:05");

    await page.goto(`${url}/timeline`);
    await expect(chart(page)).toContainText("The visual timeline appears once events are added.");

    await addActor(page, url, "Person", "On-call engineer");
    await addActor(page, url, "Automation", "CI pipeline");
    await addActor(page, url, "AI agent", "Deploy agent");

    await addEvents(page, url, [
      { time: "2026-11-20 14:05", type: "Action", actor: "Deploy agent", description: "Agent began cleanup" },
      {
        time: "+3m",
        type: "Decision",
        actor: "Deploy agent",
        description: "Agent chose to recreate the stack",
      },
      { time: "+1m", type: "Action", actor: "CI pipeline", description: "Pipeline ran terraform destroy" },
      { time: "+8m", type: "Alert", actor: "CI pipeline", description: "Health checks failing" },
      { time: "+4m", type: "Detection", actor: "On-call", description: "On-call paged" },
      { time: "+20m", type: "Mitigation", actor: "On-call", description: "Restored from backup" },
      { time: "+25m", type: "Resolution", actor: "On-call", description: "Traffic back to normal" },
      { time: "+5m", type: "Communication", description: "Status page updated" },
    ]);
    await setMilestones(page, {
      Detected: "2026-11-20T14:21",
      Mitigated: "2026-11-20T14:41",
      Resolved: "2026-11-20T15:06",
    });

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

    const short = await createIncident(page, `Two minutes ${Date.now()}`, "2026-11-20T14:05");
    await addActor(page, short, "Automation", "Autoscaler");
    await addActor(page, short, "Person", "On-call engineer");
    await addEvents(page, short, [
      { time: "2026-11-20 14:05:00", actor: "Autoscaler", description: "Autoscaler removed three nodes" },
      { time: "+20s", type: "Alert", actor: "Autoscaler", description: "Error rate alarm" },
      { time: "+25s", type: "Mitigation", actor: "On-call", description: "Scaled back up" },
      { time: "+70s", type: "Resolution", actor: "On-call", description: "Errors gone" },
    ]);
    await setMilestones(page, { Detected: "2026-11-20T14:05:20", Resolved: "2026-11-20T14:07:00" });
    // Seconds on the ticks and the range.
    await expect(range(page)).toHaveText(/^20 Nov 14:0\d:\d\d – 14:0\d:\d\d CET$/);
    await expect(chart(page).getByRole("img", { name: "Time to detect · 20 s" })).toBeVisible();
    await shot(chart(page), `two-minutes-1280.png`);

    const long = await createIncident(page, `Three days ${Date.now()}`, "2026-11-20T09:00");
    await addActor(page, long, "AI agent", "Migration agent");
    await addActor(page, long, "Person", "Database engineer");
    await addEvents(page, long, [
      { time: "2026-11-20 09:00", actor: "Migration agent", description: "Agent started the migration" },
      { time: "2026-11-20 18:30", actor: "Migration agent", description: "Agent reported success" },
      {
        time: "2026-11-21 08:15",
        type: "Detection",
        actor: "Database",
        description: "Reports of missing rows",
      },
      { time: "2026-11-22 13:00", type: "Mitigation", actor: "Database", description: "Rows restored" },
      { time: "2026-11-23 10:00", type: "Resolution", actor: "Database", description: "Backfill verified" },
    ]);
    await setMilestones(page, {
      Detected: "2026-11-21T08:15",
      Mitigated: "2026-11-22T13:00",
      Resolved: "2026-11-23T10:00",
    });
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
