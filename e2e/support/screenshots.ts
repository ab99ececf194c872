// Screenshots for a person to look at (layout, spacing, a narrow window),
// taken only when SHOTS_DIR names a folder: npm test leaves them out, as
// encoding dozens of full-page PNGs costs the CPU-bound suite time.
//
//   SHOTS_DIR=/tmp/shots npx playwright test
import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";

type ShotOptions = Omit<NonNullable<Parameters<Page["screenshot"]>[0]>, "path">;

/** Saves `target` (a page or an element) as SHOTS_DIR/`file`, when SHOTS_DIR is set. */
export async function shot(target: Page | Locator, file: string, options: ShotOptions = {}) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await target.screenshot({ ...options, path: path.join(dir, file) });
}

/** Desktop and 390 px wide screenshots of the whole page, when SHOTS_DIR is set. */
export async function reviewScreenshots(page: Page, name: string) {
  if (!process.env.SHOTS_DIR) return;
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, `${name}-desktop.png`, { fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-390.png`, { fullPage: true });
  if (before) await page.setViewportSize(before);
}
