import { browser } from 'wxt/browser';

interface TabLike {
  id?: number;
  windowId?: number;
}

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the chat beside the page. Browsers allow it only while handling the user's gesture, and
 * the gesture ends at the first await: call this synchronously, first thing in the listener
 * (another chat extension's users hit "may only be called in response to a user gesture").
 */
export function openChatPanel(tab: TabLike | undefined): void {
  if (import.meta.env.FIREFOX) {
    const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
    sidebar?.open().catch(reportRefusal);
    return;
  }
  const target = tab?.windowId !== undefined ? { windowId: tab.windowId } : tab?.id !== undefined ? { tabId: tab.id } : undefined;
  if (!target || !browser.sidePanel) return;
  browser.sidePanel.open(target).catch(reportRefusal);
}

function reportRefusal(error: unknown): void {
  // Not an error of Parley's: the browser refuses when the gesture is gone (e.g. a synthetic event).
  console.warn('Parley: the browser did not open the side panel', error instanceof Error ? error.message : String(error));
}
