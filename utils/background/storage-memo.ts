import { browser } from 'wxt/browser';

/**
 * Reads the background repeats at every click (the settings, the key and headers, the policy)
 * kept in memory until storage changes. Only the worker turns this on (keepStorageReadsInMemory,
 * from the engine's start): a page or a test reads storage as it is each time.
 */
let enabled = false;
const forgetters: Array<() => void> = [];
/** Counts what was forgotten: an object built from remembered reads is valid while it stays the same. */
let generation = 0;

/** The current generation of remembered reads, or undefined where nothing is remembered. */
export function rememberedGeneration(): number | undefined {
  return enabled ? generation : undefined;
}

export function keepStorageReadsInMemory(): void {
  if (enabled) return;
  enabled = true;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'session') forgetStorageReads();
  });
}

/** After a write of this context's own: the change event comes later, the next read must not wait for it. */
export function forgetStorageReads(): void {
  generation += 1;
  for (const forget of forgetters) forget();
}

/** `read`, answered from memory until storage.local or the managed policy changes. Each caller gets its own copy. */
export function memoUntilStorageChanges<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  forgetters.push(() => (kept = undefined));
  return async () => {
    if (!enabled) return read();
    const current = (kept ??= read());
    current.catch(() => {
      if (kept === current) kept = undefined;
    });
    return structuredClone(await current);
  };
}
