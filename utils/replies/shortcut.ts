import { browser, type Browser } from 'wxt/browser';
import { ParleyError } from '../errors/parley-error';
import { webmailAdapterId } from '../webmail/hosts';
import { openJob } from './background';

export const SUGGEST_REPLIES_COMMAND = 'suggest-replies';

/**
 * The "Suggest replies" keyboard shortcut: the same as the webmail button on Gmail and Outlook,
 * the same as the context-menu item (generic mode, the focused field) elsewhere. A shortcut is an
 * activeTab gesture, so the panel script may go into any normal page.
 */
export function registerRepliesShortcut(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== SUGGEST_REPLIES_COMMAND || tab?.id === undefined) return;
    openJob(tab.id, 0, webmailAdapterId(tab.url) ?? 'generic', true).catch((error: unknown) =>
      console.warn('Parley: the suggest-replies shortcut could not open the panel', error instanceof ParleyError ? error.message : 'unknown error'),
    );
  });
}
