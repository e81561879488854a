import { describe, expect, it } from 'vitest';
import { t } from '../../../utils/i18n/t';

describe('t', () => {
  it('returns the English string for a key', () => {
    expect(t('menuTranslateSelection')).toBe('Translate with Parley');
  });

  it('fills $1 with a single substitution, numbers included', () => {
    expect(t('optionsConnectedModels', 12)).toBe('Connected. The server offers 12 models.');
  });

  it('fills $1 and $2 in order from a list', () => {
    expect(t('errorNetwork', ['OpenAI', 'https://api.openai.com/v1'])).toBe(
      'Parley could not reach OpenAI at https://api.openai.com/v1. Check your internet connection and the base URL, then retry.',
    );
  });
});
