import { browser, type Browser } from 'wxt/browser';
import type { Trust } from './define';

/** Classifies who sent a message; `foreign` is anything that is not this extension. */
export function senderTrust(sender: Browser.runtime.MessageSender): Trust | 'foreign' {
  if (sender.id !== browser.runtime.id) return 'foreign';
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (sender.url && URL.canParse(sender.url) && new URL(sender.url).origin === extensionOrigin) return 'extension';
  if (sender.tab) return 'content-script';
  return 'foreign';
}

/** `extension` senders may do everything; content scripts only what is marked for them. */
export function isAllowed(required: Trust, actual: Trust | 'foreign'): boolean {
  if (actual === 'foreign') return false;
  return required === 'content-script' || actual === 'extension';
}
