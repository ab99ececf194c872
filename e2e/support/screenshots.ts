import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/** Desktop and 390 px wide screenshots for review, only when SHOTS_DIR is set. */
export async function reviewScreenshots(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(dir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(dir, `${name}-390.png`), fullPage: true });
  if (before) await page.setViewportSize(before);
}
