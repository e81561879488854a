import { browser } from 'wxt/browser';
import type { PendingTranslation } from './messages';
import { setPending } from './tab-state';

/**
 * Shows a translation in the popup: where the page cannot host the bubble (browser pages, the
 * web store, the PDF viewer) or when the user asks for it there. `action.openPopup` is refused
 * by some browsers outside a gesture or without a focused window; the popup page then opens in
 * a tab of its own, for the same tab's state.
 */
export async function showInPopup(tabId: number, pending: PendingTranslation): Promise<'popup' | 'tab'> {
  await setPending(tabId, pending);
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}#translate`) });
    return 'tab';
  }
}
