import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);

/** Creates a postmortem (Berlin time) through the UI and returns its id. */
async function createIncident(page: Page, title: string) {
  const url = await createPostmortem(page, {
    title,
    severity: "SEV2",
    timeZone: "Europe/Berlin",
    startedAt: "2026-11-20T14:00",
    template: "Google SRE",
  });
  return new URL(url).pathname.split("/").pop()!;
}

/** An event row of the timeline tab (rows have id="event-<id>"). */
const timelineEvent = (page: Page, text: string) =>
  page.locator('[id^="event-"]:not([id$="-details"])').filter({ hasText: text });

const pastImports = (page: Page) => page.getByRole("region", { name: "Past imports" });

test.describe("importing timeline events", () => {
  test.describe.configure({ timeout: 120_000 });

  test("CSV: a bad row is reported by number, nothing is imported until confirmed", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const id = await createIncident(page, `CSV import ${Date.now()}`);
    await page.goto(`/postmortems/${id}/timeline/import`);
    await expect(page.getByRole("heading", { name: "Import timeline events" })).toBeVisible();
    await expect(pastImports(page)).toContainText("No imports yet");

    await page.getByLabel("File", { exact: true }).setInputFiles(fixture("import-timeline.csv"));
    // The mapping is guessed from the header names.
    await expect(page.getByLabel("Time (required)")).toHaveValue("0");
    await expect(page.getByLabel("Actor")).toHaveValue("1");
    await expect(page.getByLabel("Description (required)")).toHaveValue("3");
    await page.getByRole("button", { name: "Preview" }).click();

    const errors = page.getByRole("region", { name: /Rows with errors/ });
    await expect(errors).toContainText("row 4");
    await expect(errors).toContainText("Time “not-a-time” is not readable");
    await expect(page.getByText("3 events will be imported.")).toBeVisible();
    await expect(page.getByText(/New: On-call engineer \(Person\), Deploy agent \(Person\)/)).toBeVisible();
    await expect(page.getByRole("cell", { name: "20 Nov 2026, 14:05 CET" })).toBeVisible();
    await shot(page, `import-csv-preview.png`, { fullPage: true });

    // Nothing imported yet: the timeline does not have the rows, no batch is listed.
    await page.goto(`/postmortems/${id}/timeline`);
    await expect(page.getByRole("link", { name: "Import events" })).toBeVisible();
    await expect(timelineEvent(page, "Pager fired: checkout error rate above 5%")).toHaveCount(0);
    await page.goto(`/postmortems/${id}/timeline/import`);
    await expect(pastImports(page)).toContainText("No imports yet");

    // After leaving the page the file is chosen again; then confirm.
    await page.getByLabel("File", { exact: true }).setInputFiles(fixture("import-timeline.csv"));
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: "Import 3 events" }).click();
    await expect(
      page.getByRole("heading", {
        name: /Imported 3 events \(0 duplicates skipped, 1 row with errors left out\)/,
      }),
    ).toBeVisible();
    await expect(pastImports(page)).toContainText("import-timeline.csv");
    await expect(pastImports(page)).toContainText("3 events");

    // A second preview of the same file finds only duplicates.
    await page.getByLabel("File", { exact: true }).setInputFiles(fixture("import-timeline.csv"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("Nothing can be imported.")).toBeVisible();
    await expect(page.getByText(/3 duplicates .* will be skipped/)).toBeVisible();
    await expect(page.getByText("Duplicate, skipped").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Import 0 events" })).toBeDisabled();

    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `import-csv-duplicates-390.png`, { fullPage: true });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("link", { name: "Back to the timeline" }).click();
    await page.waitForURL(/\/timeline$/);
    await expect(timelineEvent(page, "Pager fired: checkout error rate above 5%")).toBeVisible();
    await expect(timelineEvent(page, "Agent called delete_environment on prod-eu")).toBeVisible();
    await expect(timelineEvent(page, "This row has a broken time")).toHaveCount(0);
  });

  test("agent log: a bad line is reported, the agent is the actor, and the import is undone", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const id = await createIncident(page, `Agent log import ${Date.now()}`);
    await page.goto(`/postmortems/${id}/timeline/import`);
    await page.getByRole("radio", { name: "Agent or tool log (JSON lines)" }).check();
    await page.getByLabel("File", { exact: true }).setInputFiles(fixture("import-agent.jsonl"));
    await expect(page.getByLabel("Agent", { exact: true })).toHaveValue("new");
    // Previewing without naming the agent says what is missing, next to the field.
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("Name the agent these tool calls belong to.").first()).toBeVisible();
    await page.getByLabel("New agent's name").fill("Infra coding agent");
    await page.getByRole("button", { name: "Preview" }).click();

    const errors = page.getByRole("region", { name: /Rows with errors/ });
    await expect(errors).toContainText("line 3");
    await expect(errors).toContainText("Not valid JSON");
    await expect(page.getByText("New: Infra coding agent (AI agent)")).toBeVisible();
    await expect(
      page.getByRole("cell", { name: /Called `delete_environment` with `\{"env":"prod-eu"\}` → ok/ }),
    ).toBeVisible();
    await expect(pastImports(page)).toContainText("No imports yet");
    await shot(page, `import-jsonl-preview.png`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `import-jsonl-preview-390.png`, { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("button", { name: "Import 3 events" }).click();
    await expect(page.getByRole("heading", { name: /Imported 3 events/ })).toBeVisible();
    await shot(page, `import-jsonl-done.png`, { fullPage: true });

    await page.getByRole("button", { name: "Undo this import" }).click();
    await expect(page.getByText("Import undone: 3 events removed from the timeline.")).toBeVisible();
    await expect(pastImports(page)).toContainText("Undone");
    await page.goto(`/postmortems/${id}/timeline`);
    await expect(page.getByRole("link", { name: "Import events" })).toBeVisible();
    await expect(timelineEvent(page, "Rollback is impossible")).toHaveCount(0);
  });

  test("Slack export: several day files, only messages in the range, bots as automation", async ({
    page,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const id = await createIncident(page, `Slack import ${Date.now()}`);
    await page.goto(`/postmortems/${id}/timeline/import`);
    await page.getByRole("radio", { name: "Slack channel export" }).check();
    // The range starts as the incident window (started 14:00 Berlin, not resolved yet).
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-11-20T14:00");
    await expect(page.getByLabel("To", { exact: true })).toHaveValue("");
    await page
      .getByLabel("Slack day files")
      .setInputFiles([fixture("import-slack-2026-11-20.json"), fixture("import-slack-2026-11-21.json")]);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("3 events will be imported.")).toBeVisible();
    await expect(page.getByText("1 skipped: joins and leaves.")).toBeVisible();
    await expect(page.getByText("1 skipped: outside the time range.")).toBeVisible();
    await expect(
      page.getByText("New: Ana Ops (Person), PagerBot (Automation), Rita Reviewer (Person)"),
    ).toBeVisible();
    await expect(
      page.getByRole("cell", { name: "Checkout 5xx > 5%, see [the dashboard](https://grafana.example/d/1)" }),
    ).toBeVisible();
    await expect(page.getByRole("cell", { name: "@Ana Ops thanks, resolved" })).toBeVisible();
    await shot(page, `import-slack-preview.png`, { fullPage: true });
  });

  test("10,000 rows import with a progress bar", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const id = await createIncident(page, `Big import ${Date.now()}`);
    await page.goto(`/postmortems/${id}/timeline/import`);
    const lines = ["time,actor,type,description"];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `${new Date(Date.UTC(2026, 10, 20, 12) + i * 5_000).toISOString()},Responder ${i % 9},action,Step ${i}`,
      );
    await page.getByLabel("File", { exact: true }).setInputFiles({
      name: "big.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(lines.join("\n")),
    });
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("10,000 events will be imported.")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "First 100 of 10,000 valid rows" })).toBeVisible();
    await page.getByRole("button", { name: "Import 10,000 events" }).click();
    // The progress lines stream in while the rows are inserted.
    await expect(page.getByText(/Imported [\d,]+ of 10,000 events/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("progressbar")).toBeVisible();
    await shot(page, `import-progress.png`);
    await expect(
      page.getByRole("heading", { name: /Imported 10,000 events \(0 duplicates skipped\)/ }),
    ).toBeVisible({
      timeout: 60_000,
    });
  });

  test("viewers cannot import and another team gets 404", async ({ page, browser, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    const id = await createIncident(page, `Import access ${Date.now()}`);

    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signIn(viewer, world.users.alphaViewer.email);
    await viewer.goto(`/postmortems/${id}/timeline/import`);
    await expect(viewer.getByText("Only writers of the owning team can import events.")).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Preview" })).toHaveCount(0);
    await viewerContext.close();

    const betaContext = await browser.newContext();
    const beta = await betaContext.newPage();
    await signIn(beta, world.users.betaWriter.email);
    const response = await beta.goto(`/postmortems/${id}/timeline/import`);
    expect(response?.status()).toBe(404);
    // The endpoint itself refuses too, without confirming the postmortem exists.
    const api = await beta.request.post(`/postmortems/${id}/timeline/import/run`, {
      headers: { Origin: new URL(beta.url()).origin, "Content-Type": "application/json" },
      data: {
        mode: "preview",
        input: {
          source: "CSV",
          fileName: "x.csv",
          text: "time,description\n2026-11-20 14:05,x",
          mapping: { time: 0, actor: null, type: null, description: 1, link: null },
        },
      },
    });
    expect(api.status()).toBe(404);
    // A cross-site request is refused before anything else.
    const crossSite = await beta.request.post(`/postmortems/${id}/timeline/import/run`, {
      headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
      data: { mode: "preview" },
    });
    expect(crossSite.status()).toBe(403);
    await betaContext.close();
  });
});
