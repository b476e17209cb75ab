// What the accessibility checks run and fail on, the same in both browsers.

/** axe-core's rule tags: WCAG 2.1 levels A and AA, and its best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

/** What blocks a user: the impacts a test fails on (minor and moderate ones are reported). */
export const BLOCKING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);
