import { browser } from 'wxt/browser';

/**
 * The tabs open now. Per-tab state in session storage is pruned against this when it is written,
 * instead of listening to tabs.onRemoved, which would wake the background at every tab close:
 * a closed tab's id is never given to another tab in the same browser session, so its leftover
 * state cannot be used by anyone before it is pruned, and session storage goes with the browser.
 */
export async function openTabIds(): Promise<Set<number>> {
  const tabs = await browser.tabs.query({});
  return new Set(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])));
}

/** The entries whose tab is still open. */
export async function ofOpenTabs<Entry extends { tabId: number }>(entries: Entry[]): Promise<Entry[]> {
  if (entries.length === 0) return entries;
  const open = await openTabIds();
  return entries.filter((entry) => open.has(entry.tabId));
}
