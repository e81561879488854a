import { browser } from 'wxt/browser';
import { hasPending } from '../../utils/translate/tab-state';

/** The popup opens on Translate when a page handed it a translation (a browser page, "Open in popup"). */
export async function translateClaimsPopupFocus(): Promise<boolean> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return tabId !== undefined && (await hasPending(tabId));
}
