import type { LanguageCode } from '../languages/languages';
import type { Settings } from '../settings/schema';
import type { LanguagePair } from './messages';

/** Languages people most often read in and translate from, after the user's own ones. */
const FREQUENT_SOURCES: LanguageCode[] = ['en', 'fr', 'de', 'es', 'zh-CN', 'ja', 'pt-BR', 'ru'];
const MAX_PAIRS = 8;

/** The pairs worth checking for a user: what they read (second language, frequent ones) into their target. */
export function commonPairs(languages: Settings['languages']): LanguagePair[] {
  const target = languages.target;
  const sources = [languages.second, languages.mine, ...FREQUENT_SOURCES].filter((code) => code !== target);
  const unique = [...new Set(sources)].slice(0, MAX_PAIRS);
  const pairs: LanguagePair[] = unique.map((sourceLanguage) => ({ sourceLanguage, targetLanguage: target }));
  // Replies go the other way: from the user's language into the correspondent's.
  if (languages.second !== target) pairs.push({ sourceLanguage: target, targetLanguage: languages.second });
  return pairs;
}
