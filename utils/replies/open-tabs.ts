import { browser } from 'wxt/browser';
import { WEBMAIL_MATCHES, WEBMAIL_SCRIPT_PATH } from '../webmail/hosts';

/**
 * Chrome runs a manifest's content scripts only in pages loaded after Parley is installed or
 * updated: a Gmail tab left open (for days, often) would show no button, or the old version's
 * dead one, until reloaded. Firefox does this itself. The new script replaces any old buttons
 * (components/replies/reply-button.ts).
 */
export async function injectIntoOpenWebmailTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: WEBMAIL_MATCHES });
  await Promise.all(
    tabs.map(async (tab) => {
      // A discarded tab runs the manifest's scripts itself when it is loaded again.
      if (tab.id === undefined || tab.discarded) return;
      // A tab that is closing, or an error page on a webmail host, refuses scripts: it has no reply box either.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [WEBMAIL_SCRIPT_PATH] }).catch(() => undefined);
    }),
  );
}

export function registerOpenTabsInjection(): void {
  if (import.meta.env.FIREFOX) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    injectIntoOpenWebmailTabs().catch((error: unknown) => console.warn('Parley: could not add the reply button to open webmail tabs', error instanceof Error ? error.message : 'unknown error'));
  });
}
