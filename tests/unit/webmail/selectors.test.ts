// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SelectorExpectations } from '../../../utils/webmail/adapter';
import * as generic from '../../../utils/webmail/generic';
import * as gmail from '../../../utils/webmail/gmail';
import * as outlook from '../../../utils/webmail/outlook';
import { loadFixture } from './load-fixture';

// refined-github's rule: every selector is exported with `name_` listing how many elements it
// matches on each fixture page, and this test checks every pair, so a markup change shows up
// as a named selector on a named page.
const modules = { gmail, outlook, generic } as Record<string, Record<string, unknown>>;

const pairs = Object.entries(modules).flatMap(([adapter, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => typeof value === 'string' && Array.isArray(exports[`${name}_`]))
    .flatMap(([name, selector]) => (exports[`${name}_`] as SelectorExpectations).map(([count, page]) => ({ adapter, label: `${adapter}.${name}`, selector: selector as string, count, page }))),
);

describe('webmail selectors', () => {
  it('every adapter exports selectors with expectations', () => {
    for (const adapter of Object.keys(modules)) expect(pairs.filter((pair) => pair.adapter === adapter).length).toBeGreaterThan(1);
  });

  it.each(pairs)('$label matches $count element(s) on $page', ({ selector, count, page }) => {
    expect(loadFixture(page).querySelectorAll(selector)).toHaveLength(count);
  });
});
