import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import englishMessages from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;

/** The browser fills `$1`…`$9` from the substitutions; the fake does the same from the English locale. */
function englishMessage(name: string, substitutions?: string | string[]): string {
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const message = (englishMessages as Messages)[name]?.message ?? '';
  return message.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
});
