import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What a user with a screen reader or keyboard would be blocked by; minor and moderate findings are listed, not failed. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page (or only inside `include`, e.g. Parley's shadow host on a web page whose
 * own markup is not ours) and fails on serious or critical violations, naming each rule and element.
 */
export async function expectNoSeriousViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const blocking = violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking, `axe found serious or critical problems on ${page.url()}`).toEqual([]);
}
