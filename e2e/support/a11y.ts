// Accessibility checks for end-to-end tests: axe-core (every rule axe runs by
// default, WCAG 2.x A/AA and best practices) with no serious or critical
// violation allowed, and visible keyboard focus.
//
// axe-core is put into the page and run there directly. @axe-core/playwright's
// AxeBuilder did the same plus per-frame bookkeeping (the app has no frames):
// measured on the demo's postmortem pages it took about 1 s a run against
// 0.45 s this way, and the accessibility spec makes about a hundred runs.
import fs from "node:fs";
import type { Result, RunOptions } from "axe-core";
import { expect, type Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// Only violations are read: axe then skips collecting every passing node (a documented speed-up).
const RUN_OPTIONS: RunOptions = { resultTypes: ["violations"] };

declare global {
  interface Window {
    axe?: typeof import("axe-core");
  }
}

/** axe's violations on the page as it is now (axe is added to the page once, on first use). */
async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => (await window.axe!.run(document, options)).violations, RUN_OPTIONS);
}

/** One violation per paragraph: rule, impact, what it means, and up to five elements with axe's advice. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => {
        const advice = (n.failureSummary ?? "").replace(/\n\s*/g, " ").trim();
        // Not "at …": Playwright drops lines that look like stack frames from a failure's message.
        return `    element ${n.target.join(" ")}\n       ${n.html.replace(/\s+/g, " ").slice(0, 240)}\n       ${advice}`;
      });
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      return [`  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join("\n");
    })
    .join("\n\n");
}

/**
 * Runs axe on the page as it is now and fails, listing every serious or
 * critical violation readably, when there is one. `name` says where in the
 * report.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  { name = page.url() }: { name?: string } = {},
) {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const report = blocking.length
    ? `${blocking.length} serious or critical accessibility violation(s) on ${name}:\n\n${formatViolations(blocking)}`
    : "";
  expect(blocking.length, report).toBe(0);
}

/**
 * The same check at a desktop width and at 390 px (where tables and toolbars
 * start to scroll), where the page must also reflow: nothing wider than the
 * screen but inside its own scroll container (WCAG 1.4.10).
 */
export async function expectAccessibleAtBothWidths(page: Page, name: string) {
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  await expectNoSeriousA11yViolations(page, { name: `${name} (${original.width} px)` });
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await expectNoSeriousA11yViolations(page, { name: `${name} (390 px)` });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} (390 px) is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
  } finally {
    await page.setViewportSize(original);
  }
}

/**
 * Presses Tab `presses` times from the top of the page and checks that every
 * control it reaches shows a focus indicator (an outline or a ring) while
 * :focus-visible. Returns what was reached, for the test to assert on.
 */
export async function expectVisibleFocusOnTab(page: Page, presses: number) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator("body").focus();
  const reached: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
      const ring = style.boxShadow !== "none" && style.boxShadow !== "";
      const name =
        el.getAttribute("aria-label") ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        el.textContent ||
        el.tagName;
      return {
        name: `${el.tagName.toLowerCase()} “${name.replace(/\s+/g, " ").trim().slice(0, 60)}”`,
        visible: el.matches(":focus-visible") && (outline || ring),
      };
    });
    if (!focus) continue;
    reached.push(focus.name);
    expect(focus.visible, `no visible focus indicator on ${focus.name}`).toBe(true);
  }
  return reached;
}
