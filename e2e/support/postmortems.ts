import type { Page } from "@playwright/test";

export type NewPostmortem = {
  title: string;
  /** Left at the form's defaults when not given. */
  severity?: string;
  timeZone?: string;
  /** "2026-11-20T14:05", in the incident time zone. */
  startedAt?: string;
  /** The template's radio label, e.g. "Google SRE". */
  template?: string;
};

/** Creates a postmortem through the form and returns its URL once the app is on it. */
export async function createPostmortem(page: Page, p: NewPostmortem): Promise<string> {
  await page.goto("/postmortems/new");
  await page.getByLabel("Title").fill(p.title);
  if (p.severity) await page.getByLabel("Severity").selectOption(p.severity);
  if (p.timeZone) await page.getByLabel("Incident time zone").selectOption(p.timeZone);
  if (p.startedAt) await page.getByLabel("Incident start (optional)").fill(p.startedAt);
  if (p.template) await page.getByRole("radio", { name: p.template }).check();
  await page.getByRole("button", { name: "Create postmortem" }).click();
  // Not /postmortems/new itself, which a looser pattern matches before the redirect.
  await page.waitForURL((u) => /^\/postmortems\/(?!new$)[a-z0-9]+$/.test(u.pathname), { timeout: 30_000 });
  return page.url();
}
