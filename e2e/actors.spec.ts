import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { shot } from "./support/screenshots";
import { createPostmortem } from "./support/postmortems";
import { world } from "./support/world";

const createIncident = (page: Page, title: string) =>
  createPostmortem(page, {
    title,
    severity: "SEV1",
    timeZone: "Europe/Berlin",
    startedAt: "2026-11-20T14:05",
    template: "Google SRE",
  });

/** Adds tags to a tag input by typing, ending each with Enter. */
async function addTags(input: Locator, ...tags: string[]) {
  for (const tag of tags) {
    await input.fill(tag);
    await input.press("Enter");
  }
}

const actorsSection = (page: Page) => page.getByRole("region", { name: /^Actors \(/ });
const guardrailsSection = (page: Page) => page.getByRole("region", { name: /^Guardrails \(/ });
const claimsSection = (page: Page) => page.getByRole("region", { name: /^Claims \(/ });

test.describe("actors and guardrails", () => {
  // Several browser contexts against a production server on a small machine.
  test.describe.configure({ timeout: 150_000 });

  test("a writer records an AI agent with excess permissions, a guardrail and a refuted claim; a viewer reads; another team gets 404", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createIncident(page, `Agent recreated prod ${Date.now()}`);
    await page.getByRole("link", { name: "Actors & guardrails" }).click();
    await expect(page).toHaveURL(`${url}/actors`);
    await expect(page.getByRole("heading", { name: "No actors yet" })).toBeVisible();
    await shot(page, `actors-empty.png`, { fullPage: true });

    // A person without a role: the error is beside the field and what was typed stays.
    await page.getByRole("button", { name: "Add the first actor" }).click();
    const form = actorsSection(page).locator("form");
    await addTags(form.getByLabel("Granted", { exact: true }), "prod:read");
    await form.getByRole("button", { name: "Add actor" }).click();
    await expect(form.getByText("Describe the person by role")).toBeVisible();
    await expect(form.getByLabel("Granted: 1 listed")).toContainText("prod:read");

    // Now an AI agent whose granted + inherited permissions exceed what its task needed.
    await form.getByRole("radio", { name: /AI agent/ }).check();
    await form.getByLabel("Name", { exact: true }).fill("Coding agent");
    await form.getByLabel("What it is").fill("Repository assistant");
    await form.getByLabel("Model", { exact: true }).fill("frontier-model");
    await form.getByLabel("Model version").fill("2026-10");
    await form.getByLabel("Autonomy").selectOption("ACTS_ALONE");
    await form.getByLabel("Task or prompt it was given").fill("Fix the flaky deploy test in CI.");
    const granted = form.getByLabel("Granted", { exact: true });
    await addTags(granted, "repo:write");
    // Backspace in the empty box removes the last tag (prod:read went in above).
    await granted.press("Backspace");
    await granted.press("Backspace");
    await addTags(granted, "repo:write");
    // A comma ends a tag too, and duplicates in any case are ignored.
    await form
      .getByLabel("Inherited", { exact: true })
      .pressSequentially("cloudformation:DeleteStack,ec2:TerminateInstances,REPO:WRITE,");
    await form.getByLabel("Inherited from").fill("release operator role");
    await addTags(form.getByLabel("Needed for its task", { exact: true }), "repo:write", "ci:rerun");
    await addTags(
      form.getByLabel("Actually used", { exact: true }),
      "repo:write",
      "cloudformation:DeleteStack",
    );

    // The gaps are computed live.
    await expect(form.getByText("Held but not needed (2)")).toBeVisible();
    await expect(form.getByText("Used but not needed (1)")).toBeVisible();
    await expect(form.getByText("Needed but missing (1)")).toBeVisible();
    await expect(form.getByLabel("Inherited: 3 listed")).toContainText(
      "cloudformation:DeleteStack· not needed",
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, `actor-form.png`, { fullPage: true });
    await form.getByRole("button", { name: "Add actor" }).click();

    const card = actorsSection(page).getByRole("article", { name: /Coding agent/ });
    await expect(card).toBeVisible();
    await expect(card.getByText("Excess permissions")).toBeVisible();
    await expect(card.getByText("frontier-model 2026-10 · Acts alone")).toBeVisible();
    await expect(card.getByText("Held but not needed (2)")).toBeVisible();
    await expect(card.getByText("inherited from release operator role").first()).toBeVisible();
    await expect(card.getByText("Acted in no timeline events yet")).toBeVisible();
    // The summary across actors names the agent.
    const blast = page.getByRole("region", { name: "Where the blast radius came from" });
    await expect(blast.getByRole("rowheader", { name: /Coding agent \(AI agent/ })).toBeVisible();

    // One event by the agent, entered on the timeline tab's entry row.
    await page.getByRole("link", { name: "Timeline", exact: true }).click();
    const entry = page.getByRole("form", { name: "New event" });
    await entry.getByLabel("Time", { exact: true }).fill("2026-11-20 14:20");
    await entry.getByLabel("Type").selectOption({ label: "Action" });
    await entry.getByLabel("Actor").selectOption({ label: "Coding agent (Repository assistant)" });
    await entry.getByLabel("Description").fill("Agent deleted the production stack");
    // Its blast radius: in production, across the boundary, irreversible.
    await entry.getByRole("button", { name: "More details" }).click();
    await entry.getByLabel("Environment").selectOption({ label: "Production" });
    await entry.getByLabel("Reversibility").selectOption({ label: "Irreversible" });
    await entry.getByLabel("Crossed the non-production → production boundary").check();
    await entry.getByRole("button", { name: "Add event" }).click();
    const events = page.getByRole("list", { name: "Timeline events" });
    await expect(events.getByText("Agent deleted the production stack")).toBeVisible();
    await page.getByRole("link", { name: "Actors & guardrails" }).click();
    await expect(card.getByText("Acted in 1 timeline event", { exact: true })).toBeVisible();
    // The agent used an inherited permission its task did not need in that action: that is where the blast radius came from.
    await expect(blast.getByText("Used unneeded permissions")).toBeVisible();
    await expect(
      blast.getByText(
        "Used permissions its task did not need: cloudformation:DeleteStack (inherited from release operator role); it acted in 1 risky action: 1 irreversible, 1 crossing into production, 1 in production.",
      ),
    ).toBeVisible();

    // A guardrail that existed only as an instruction, linked to nothing.
    await page.getByRole("button", { name: "Add the first guardrail" }).click();
    const gForm = guardrailsSection(page).locator("form");
    await gForm.getByRole("button", { name: "Add guardrail" }).click();
    await expect(gForm.getByText("Name the control")).toBeVisible();
    await gForm.getByLabel("Control").fill("Code freeze");
    await gForm.getByLabel("Kind").fill("Change freeze");
    await gForm.getByRole("radio", { name: "Existed only as an instruction" }).check();
    await gForm.getByLabel("Notes (Markdown, optional)").fill("Stated in the agent's chat only.");
    await gForm.getByRole("button", { name: "Add guardrail" }).click();
    const guardrail = guardrailsSection(page).getByRole("article", { name: "Code freeze" });
    await expect(guardrail.getByText("Existed only as an instruction")).toBeVisible();
    await expect(guardrail.getByText("Not linked to any event.")).toBeVisible();

    // A refuted claim made by the agent.
    await page.getByRole("button", { name: "Add the first claim" }).click();
    const cForm = claimsSection(page).locator("form");
    await cForm.getByLabel("Statement").fill("Rollback is impossible");
    await cForm.getByLabel("Made by").selectOption({ label: "Coding agent (AI agent)" });
    await cForm.getByLabel("Timeline event (optional)").selectOption({ index: 1 });
    await cForm.getByRole("radio", { name: "Refuted" }).check();
    await cForm.getByLabel("Evidence (Markdown)").fill("Restored from the nightly backup in 40 minutes.");
    await cForm.getByRole("button", { name: "Add claim" }).click();
    const claim = claimsSection(page).getByRole("article", { name: "“Rollback is impossible”" });
    await expect(claim.getByText("Refuted", { exact: true })).toBeVisible();
    await expect(claim.getByText("by Coding agent (AI agent)")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Claims (1, 1 refuted)" })).toBeVisible();
    await expect(
      claim.getByRole("link", { name: /Action · Agent deleted the production stack/ }),
    ).toBeVisible();

    await shot(page, `actors-desktop.png`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `actors-phone.png`, { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // A reload keeps it all (it was saved, not just shown).
    await page.reload();
    await expect(actorsSection(page).getByRole("article", { name: /Coding agent/ })).toBeVisible();

    // The refuted claim stands out on the timeline tab too, on its event.
    await claim.getByRole("link", { name: /Agent deleted the production stack/ }).click();
    await expect(page).toHaveURL(/\/timeline#event-/);
    await expect(
      page
        .getByRole("list", { name: "Timeline events" })
        .getByRole("listitem")
        .filter({ hasText: "Agent deleted the production stack" })
        .getByText("Refuted claim: “Rollback is impossible”"),
    ).toBeVisible();
    await page.goBack();

    // A viewer of the team reads everything but gets no editing controls.
    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signIn(viewer, world.users.alphaViewer.email);
    await viewer.goto(`${url}/actors`);
    await expect(actorsSection(viewer).getByRole("article", { name: /Coding agent/ })).toBeVisible();
    await expect(actorsSection(viewer).getByText("Excess permissions")).toBeVisible();
    await expect(claimsSection(viewer).getByText("Refuted", { exact: true })).toBeVisible();
    await expect(viewer.getByRole("button", { name: /^(Add|Edit|Delete)/ })).toHaveCount(0);
    await viewerContext.close();

    // Another team's writer: a real 404, nothing shown.
    const betaContext = await browser.newContext();
    const beta = await betaContext.newPage();
    await signIn(beta, world.users.betaWriter.email);
    const response = await beta.goto(`${url}/actors`);
    expect(response?.status()).toBe(404);
    await expect(beta.getByText("Coding agent")).toHaveCount(0);
    await betaContext.close();
  });

  test("editing an actor (with a conflict), then deleting it after a confirmation that counts its events", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaWriter.email);
    const url = await createIncident(page, `Actor edits ${Date.now()}`);
    await page.goto(`${url}/actors`);
    await page.getByRole("button", { name: "Add the first actor" }).click();
    const form = actorsSection(page).locator("form");
    await form.getByLabel("Role", { exact: true }).fill("On-call engineer");
    await form.getByRole("button", { name: "Add actor" }).click();
    const card = actorsSection(page).getByRole("article", { name: /On-call engineer/ });
    await expect(card.getByText("No permissions recorded yet.")).toBeVisible();

    await card.getByRole("button", { name: "Edit actor On-call engineer" }).click();
    const edit = actorsSection(page).locator("form");

    // Meanwhile a reviewer edits and saves the same actor.
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, world.users.alphaReviewer.email);
    await other.goto(`${url}/actors`);
    const theirCard = actorsSection(other).getByRole("article", { name: /On-call engineer/ });
    await theirCard.getByRole("button", { name: "Edit actor On-call engineer" }).click();
    const theirForm = actorsSection(other).locator("form");
    await theirForm.getByLabel("Description (optional)").fill("Paged at 14:07 by the alerting system.");
    await theirForm.getByRole("button", { name: "Save actor" }).click();
    await expect(theirCard.getByText("Paged at 14:07 by the alerting system.")).toBeVisible();
    await otherContext.close();

    // Paste a list: commas and new lines both separate.
    await edit.getByLabel("Needed for its task", { exact: true }).focus();
    await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      const data = new DataTransfer();
      data.setData("text/plain", "prod:read\nprod:restore, prod:read");
      input.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect(edit.getByLabel("Needed for its task: 2 listed")).toBeVisible();
    await expect(edit.getByText("Needed but missing (2)")).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `actor-form-phone.png`, { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await edit.getByRole("button", { name: "Remove prod:restore" }).click();
    await expect(edit.getByLabel("Needed for its task: 1 listed")).toBeVisible();
    await edit.getByRole("button", { name: "Save actor" }).click();
    // Their save wins nothing silently: both versions are shown, and mine can still be kept.
    const conflict = edit.getByRole("region", { name: "Conflict: compare both versions" });
    await expect(conflict.getByRole("alert")).toContainText(
      "Someone else changed this actor in the meantime",
    );
    await expect(conflict).toContainText("Paged at 14:07 by the alerting system.");
    await expect(conflict).toContainText("prod:read");
    await conflict.getByRole("button", { name: "Keep mine (save over theirs)" }).click();
    await expect(card.getByText("Missing permissions")).toBeVisible();

    await card.getByRole("button", { name: "Delete actor On-call engineer" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete On-call engineer?" });
    await expect(dialog.getByText("It acted in no timeline events.")).toBeVisible();
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("heading", { name: "No actors yet" })).toBeVisible();
  });
});
