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

/** How many recent translations are also kept in memory: a paragraph asked for again is answered without a disk read. */
const RECENT_IN_MEMORY = 100;

/**
 * Translations in the background's IndexedDB, least recently used evicted past the cap.
 * A lookup sits on the click's path before the request, so the cache also keeps, for the life of
 * the worker, the set of keys stored (a miss then costs no disk read once it is loaded) and the
 * last translations it served or stored (a repeat costs none either).
 */
export class TranslationCache {
  private readonly db: Dexie & { entries: EntityTable<CachedTranslation, 'key'> };
  /** Loaded at the first lookup; every later change to the table is applied to it after the load, in order. */
  private storedKeys: Promise<Set<string>> | undefined;
  private loadedKeys: Set<string> | undefined;
  private readonly recent = new Map<string, string>();
  /** The last "used now" write: eviction reads the order only after it. */
  private lastTouch: Promise<unknown> = Promise.resolve();

  constructor(
    name = 'parley-translations',
    private readonly maxEntries = CACHE_MAX_ENTRIES,
  ) {
    this.db = new Dexie(name) as Dexie & { entries: EntityTable<CachedTranslation, 'key'> };
    this.db.version(1).stores({ entries: '&key, lastUsed' });
  }

  /** Starts reading the stored keys now (at a worker start), so the first lookup finds them in memory. */
  async prepare(): Promise<void> {
    await this.loadKeys();
  }

  async get(key: string): Promise<string | undefined> {
    void this.loadKeys();
    if (this.loadedKeys && !this.loadedKeys.has(key)) return undefined;
    let translation = this.recent.get(key);
    if (translation === undefined) {
      const entry = await this.db.entries.get(key);
      if (!entry) return undefined;
      translation = entry.translation;
    }
    this.remember(key, translation);
    // Not awaited: the answer does not wait for the eviction order to be written.
    this.lastTouch = this.db.entries.update(key, { lastUsed: Date.now() }).catch(() => undefined);
    return translation;
  }

  /**
   * A translation the cache is known to hold, without waiting for anything: undefined when the key
   * is not stored, and also while the stored keys are still loading (the caller then takes its usual
   * path, which reads the table). Read before the bubble opens, so a miss must cost no disk read.
   */
  async getIfIndexed(key: string): Promise<string | undefined> {
    void this.loadKeys();
    if (!this.loadedKeys?.has(key)) return undefined;
    return this.get(key);
  }

  /** Whether the stored keys are loaded (getIfIndexed answers only then). */
  get indexReady(): boolean {
    return this.loadedKeys !== undefined;
  }

  async put(key: string, translation: string): Promise<void> {
    await this.db.entries.put({ key, translation, lastUsed: Date.now() });
    this.remember(key, translation);
    await this.changeKeys((keys) => keys.add(key));
    await this.lastTouch;
    const excess = (await this.db.entries.count()) - this.maxEntries;
    if (excess <= 0) return;
    const evicted = await this.db.entries.orderBy('lastUsed').limit(excess).primaryKeys();
    await this.db.entries.bulkDelete(evicted);
    for (const gone of evicted) this.recent.delete(gone);
    await this.changeKeys((keys) => evicted.forEach((gone) => keys.delete(gone)));
  }

  count(): Promise<number> {
    return this.db.entries.count();
  }

  async clear(): Promise<void> {
    await this.db.entries.clear();
    this.recent.clear();
    await this.changeKeys((keys) => keys.clear());
  }

  /** Starts loading the stored keys once; lookups use them only when loaded, and never wait for them. */
  private loadKeys(): Promise<Set<string>> {
    this.storedKeys ??= this.db.entries
      .toCollection()
      .primaryKeys()
      .then((keys) => (this.loadedKeys = new Set(keys)))
      .catch(() => new Set<string>());
    return this.storedKeys;
  }

  private async changeKeys(change: (keys: Set<string>) => void): Promise<void> {
    if (this.storedKeys) change(await this.storedKeys);
  }

  private remember(key: string, translation: string): void {
    this.recent.delete(key);
    this.recent.set(key, translation);
    if (this.recent.size > RECENT_IN_MEMORY) this.recent.delete(this.recent.keys().next().value as string);
  }
}

let shared: TranslationCache | undefined;
export function translationCache(): TranslationCache {
  shared ??= new TranslationCache();
  return shared;
}
