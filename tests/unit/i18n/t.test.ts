import { describe, expect, it } from 'vitest';
import { t } from '../../../utils/i18n/t';

describe('t', () => {
  it('returns the English string for a key', () => {
    expect(t('menuTranslateSelection')).toBe('Translate with Parley');
  });
});
