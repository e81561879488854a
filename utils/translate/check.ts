import { parleyError } from '../errors/parley-error';
import { MAX_TRANSLATE_CHARS } from './split';

/**
 * The empty and too-long cases, said in words the user can act on. Used by the background and by
 * the bubble, which refuses a huge selection before sending anything.
 */
export function checkTranslatable(text: string): void {
  if (!text.trim()) {
    throw parleyError('empty-input', 'Nothing to translate: the selection is empty. Select some text first, then try again.');
  }
  if (text.length > MAX_TRANSLATE_CHARS) {
    throw parleyError(
      'too-long',
      `The selection is too long to translate at once (${text.length.toLocaleString('en')} characters; the limit is ${MAX_TRANSLATE_CHARS.toLocaleString('en')}). Select a shorter part.`,
    );
  }
}
