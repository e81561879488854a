import { browser } from 'wxt/browser';
import { EMPTY_POLICY, parsePolicy, type ParsedPolicy } from './policy';

/**
 * The organisation's policy, read afresh at every settings read so a changed policy applies
 * without a restart. Firefox rejects the read when no policy names Parley; Chrome gives {}.
 * Extension pages and the background only: Parley's content scripts never call this.
 */
export async function readManagedPolicy(): Promise<ParsedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return { policy: EMPTY_POLICY, problems: [] };
  }
  return parsePolicy(raw);
}
