import type { ReactNode } from "react";
import { cx } from "./styles";

/**
 * A box that may scroll (a wide table on a phone, a long text): a named,
 * focusable region, so keyboard users can reach it and scroll it with the
 * arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable), and screen
 * readers announce what it holds.
 */
export function ScrollRegion({
  label,
  className,
  children,
  testId,
}: {
  label: string;
  className?: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      className={cx(
        // relative: keeps screen-reader-only text inside it from widening the page.
        "relative overflow-auto focus-visible:outline-2 focus-visible:outline-brand-600",
        className,
      )}
    >
      {children}
    </div>
  );
}
