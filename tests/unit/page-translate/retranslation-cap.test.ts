import { describe, expect, it } from 'vitest';
import { RETRANSLATION_INTERVAL_MS, retranslationWait } from '../../../utils/page-translate/content/blocks';

describe('the cap on translating a block the page keeps changing', () => {
  it('lets the first change go at once', () => {
    expect(retranslationWait(undefined, 12_000)).toBe(0);
  });

  it('holds the next change until the interval since the last re-translation is up', () => {
    expect(retranslationWait(10_000, 10_000)).toBe(RETRANSLATION_INTERVAL_MS);
    expect(retranslationWait(10_000, 11_500)).toBe(RETRANSLATION_INTERVAL_MS - 1_500);
  });

  it('lets a change go once the interval is up, however long ago', () => {
    expect(retranslationWait(10_000, 10_000 + RETRANSLATION_INTERVAL_MS)).toBe(0);
    expect(retranslationWait(10_000, 90_000)).toBe(0);
  });
});
