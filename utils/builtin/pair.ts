import { t } from '../i18n/t';
import { languageByCode } from '../languages/languages';
import type { TranslatorPair } from './browser-ai';

/**
 * Chrome's Translator names languages by BCP 47 tags of its own: Simplified Chinese is `zh`,
 * Traditional `zh-Hant`, and it has one Portuguese. Other Parley codes pass as they are; a tag
 * Chrome does not know simply comes back `unavailable`.
 */
const TRANSLATOR_TAGS: Record<string, string> = { 'zh-CN': 'zh', 'zh-TW': 'zh-Hant', 'pt-BR': 'pt', 'pt-PT': 'pt' };

export function translatorTag(code: string): string {
  return TRANSLATOR_TAGS[code] ?? code;
}

export function translatorPair(sourceLanguage: string, targetLanguage: string): TranslatorPair {
  return { sourceLanguage: translatorTag(sourceLanguage), targetLanguage: translatorTag(targetLanguage) };
}

/** For prompts: the model reads English instructions whatever the UI language. */
export function englishLanguageName(code: string): string {
  return languageByCode(code)?.english ?? code;
}

/** A language's name in the UI's language, for sentences such as "French → English". */
export function languageName(code: string): string {
  const english = englishLanguageName(code);
  const locale = t('languageNamesLocale');
  if (locale === 'en' || locale === 'languageNamesLocale') return english;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? english;
  } catch {
    return english;
  }
}

/** "French → English", as buttons and messages say it. */
export function pairName(sourceLanguage: string, targetLanguage: string): string {
  return `${languageName(sourceLanguage)} → ${languageName(targetLanguage)}`;
}
