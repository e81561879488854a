import type { LanguageCode } from '../languages/languages';
import type { Settings } from '../settings/schema';
import { decideTargetLanguage } from './detect';
import type { CachedAnswer } from './launch';
import { translationFromCache, type ProviderPicker } from './translator';

/** What the lookup reads; the background passes its own (settings, detector, provider registry, cache). */
export interface InstantAnswerSources {
  settings: () => Promise<Settings>;
  /** The source language when the page's `lang` cannot change it (utils/translate/languages.ts). */
  detect: (text: string) => Promise<{ decided: true; language: LanguageCode | undefined } | { decided: false }>;
  pickProvider: ProviderPicker;
  /** Answers only what it knows at once (TranslationCache.getIfIndexed): a miss costs no disk read. */
  lookup: (key: string) => Promise<string | undefined>;
  /** Whether the cache's stored keys are loaded: just after a worker start they are not, and nothing is looked up. */
  indexReady: () => boolean;
}

/**
 * The longest the bubble waits for the lookup (a provider client being built, an on-device
 * availability check, a disk read for a hit not in memory): past it the bubble opens as usual, and
 * its stream finds the same cached answer. A lookup in memory takes about a millisecond; the usual
 * path to a cached answer took ~10–20 ms longer than this one in the bench.
 */
export const INSTANT_ANSWER_WAIT_MS = 25;

/**
 * The clicked text's translation when the cache holds all of it, found in the background before
 * the bubble opens, so the bubble's first paint shows it. Otherwise the bubble asks through its
 * stream, with the page's copy of the selection, and the cache answers there: the round trip from
 * the page to the worker and back, and the bubble painted once empty before the text, took a
 * cache hit to ~19 ms in the bench against a fetch's ~7.
 *
 * Undefined whenever the answer could differ from that usual path's: the page's `lang` would
 * decide the source language, a chunk is not in the cache, or anything fails (a missing key, a
 * text too long: the usual path says those).
 */
export async function answerFromCache(text: string, sources: InstantAnswerSources, waitMs = INSTANT_ANSWER_WAIT_MS): Promise<CachedAnswer | undefined> {
  if (!sources.indexReady()) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, waitMs, undefined)));
  try {
    return await Promise.race([lookUp(text, sources), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function lookUp(text: string, sources: InstantAnswerSources): Promise<CachedAnswer | undefined> {
  try {
    const settings = await sources.settings();
    const source = await sources.detect(text);
    if (!source.decided) return undefined;
    const targetLanguage = decideTargetLanguage(source.language, settings.languages);
    const plan = { text, sourceLanguage: source.language, targetLanguage, fresh: false, wording: settings.wording };
    const found = await translationFromCache(plan, sources.pickProvider, sources.lookup);
    return found && { text: found.text, providerLabel: found.providerLabel, sourceLanguage: source.language ?? null, targetLanguage };
  } catch {
    return undefined;
  }
}
