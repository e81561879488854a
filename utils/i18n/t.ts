import { browser } from 'wxt/browser';
import type englishMessages from '../../public/_locales/en/messages.json';

/** Every UI string has a key in public/_locales/en/messages.json; the other locales mirror it. */
export type MessageKey = keyof typeof englishMessages;

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/**
 * The UI string for `key` in the browser's language (falling back to English, the default locale),
 * with `$1`…`$9` replaced by `substitutions`. Works in the background, pages and content scripts.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const values = substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  const getMessage = browser.i18n.getMessage as GetMessage;
  return getMessage(key, values) || key;
}
