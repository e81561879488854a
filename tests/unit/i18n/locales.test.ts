import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const LOCALES_DIR = join(__dirname, '../../../public/_locales');
/** The UI languages Parley ships; adding one is a folder here and a line in this list. */
const UI_LOCALES = ['en', 'zh_CN', 'zh_TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt_BR', 'ru'];

// The standard messages.json format: https://developer.chrome.com/docs/extensions/reference/api/i18n
const MessagesSchema = z.record(
  z.string().regex(/^[A-Za-z0-9_@]+$/),
  z.object({ message: z.string().trim().min(1), description: z.string().optional() }).strict(),
);
type Messages = z.infer<typeof MessagesSchema>;

function readLocale(locale: string): Messages {
  return MessagesSchema.parse(JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')));
}

/** `$1`…`$9` are filled by t(); `$$` is a literal dollar sign. */
function placeholders(message: string): string[] {
  return [...new Set(message.replaceAll('$$', '').match(/\$[1-9]/g) ?? [])].sort();
}

const english = readLocale('en');

describe('UI locales', () => {
  it('ships exactly the ten UI languages', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...UI_LOCALES].sort());
  });

  it.each(UI_LOCALES)('%s/messages.json is valid JSON in the messages format', (locale) => {
    expect(() => readLocale(locale)).not.toThrow();
  });

  it.each(UI_LOCALES.filter((locale) => locale !== 'en'))('%s has every English key, and no key English lacks', (locale) => {
    const keys = Object.keys(readLocale(locale));
    expect(Object.keys(english).filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });

  it.each(UI_LOCALES.filter((locale) => locale !== 'en'))('%s keeps the same $n placeholders as English in every message', (locale) => {
    const messages = readLocale(locale);
    const mismatched = Object.entries(english)
      .filter(([key, { message }]) => messages[key] && placeholders(messages[key].message).join() !== placeholders(message).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(UI_LOCALES)('%s has no "$1$2": Chrome reads "$1$" as a named placeholder and refuses to load the extension', (locale) => {
    const glued = Object.entries(readLocale(locale))
      .filter(([, { message }]) => /\$[1-9]\$/.test(message.replaceAll('$$', '')))
      .map(([key]) => key);
    expect(glued).toEqual([]);
  });

  it.each(UI_LOCALES.filter((locale) => locale !== 'en'))('%s keeps the product names Parley and OLLAMA_ORIGINS untranslated', (locale) => {
    const messages = readLocale(locale);
    const lost = Object.entries(english)
      .filter(([key]) => messages[key])
      .flatMap(([key, { message }]) =>
        ['Parley', 'OLLAMA_ORIGINS'].filter((name) => message.includes(name) && !messages[key]?.message.includes(name)).map((name) => `${key}: ${name}`),
      );
    expect(lost).toEqual([]);
  });
});
