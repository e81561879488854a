import Dexie, { type EntityTable } from 'dexie';
import { PROMPT_VERSION } from '../prompts/translate';
import { normaliseText } from './split';

/** Enough for weeks of everyday use; each entry is a paragraph or two. */
export const CACHE_MAX_ENTRIES = 2_000;

export interface CacheKeyParts {
  text: string;
  sourceLanguage: string | undefined;
  targetLanguage: string;
  /** The provider and model ("OpenAI · gpt-4o-mini"): another model gives another translation. */
  providerLabel: string;
  promptVersion?: string;
}

interface CachedTranslation {
  key: string;
  translation: string;
  lastUsed: number;
}

/** A hash, so the cache's keys do not hold the user's text in the clear. */
export async function cacheKey({ text, sourceLanguage, targetLanguage, providerLabel, promptVersion = PROMPT_VERSION }: CacheKeyParts): Promise<string> {
  const material = JSON.stringify([normaliseText(text), sourceLanguage ?? 'auto', targetLanguage, providerLabel, promptVersion]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Translations in the background's IndexedDB, least recently used evicted past the cap. */
export class TranslationCache {
  private readonly db: Dexie & { entries: EntityTable<CachedTranslation, 'key'> };

  constructor(
    name = 'parley-translations',
    private readonly maxEntries = CACHE_MAX_ENTRIES,
  ) {
    this.db = new Dexie(name) as Dexie & { entries: EntityTable<CachedTranslation, 'key'> };
    this.db.version(1).stores({ entries: '&key, lastUsed' });
  }

  async get(key: string): Promise<string | undefined> {
    const entry = await this.db.entries.get(key);
    if (!entry) return undefined;
    await this.db.entries.update(key, { lastUsed: Date.now() });
    return entry.translation;
  }

  async put(key: string, translation: string): Promise<void> {
    await this.db.entries.put({ key, translation, lastUsed: Date.now() });
    const excess = (await this.db.entries.count()) - this.maxEntries;
    if (excess > 0) await this.db.entries.orderBy('lastUsed').limit(excess).delete();
  }

  count(): Promise<number> {
    return this.db.entries.count();
  }

  async clear(): Promise<void> {
    await this.db.entries.clear();
  }
}

let shared: TranslationCache | undefined;
export function translationCache(): TranslationCache {
  shared ??= new TranslationCache();
  return shared;
}
