import { parleyError } from '../errors/parley-error';
import { MAX_TRANSLATE_CHARS } from './split';
import { t } from '../i18n/t';

/**
 * The empty and too-long cases, said in words the user can act on. Used by the background and by
 * the bubble, which refuses a huge selection before sending anything.
 */
export function checkTranslatable(text: string): void {
  if (!text.trim()) {
    throw parleyError('empty-input', t('translateEmptySelection'));
  }
  if (text.length > MAX_TRANSLATE_CHARS) {
    throw parleyError(
      'too-long',
      t('translateTooLong', [text.length.toLocaleString('en'), MAX_TRANSLATE_CHARS.toLocaleString('en')]),
    );
  }
}
