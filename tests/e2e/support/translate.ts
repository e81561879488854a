import type { Frame, Page, Worker } from '@playwright/test';

export { MENU_REPLACE, MENU_TRANSLATE } from '../../../utils/translate/menu-ids';

/** Selects an element's text as a user's drag would, and returns what the page sees as selected. */
export async function selectContents(scope: Page | Frame, selector: string): Promise<string> {
  return scope.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`No ${selector} on the page`);
    if (element instanceof HTMLTextAreaElement) {
      element.focus();
      element.setSelectionRange(0, element.value.length);
      return element.value;
    }
    if (element instanceof HTMLElement && element.isContentEditable) element.focus();
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  }, selector);
}

export interface MenuClick {
  menuItemId: string;
  selectionText: string;
  frameUrl?: string;
  editable?: boolean;
}

/** Fires the context-menu click in the service worker, with the real tab and frame, as Chromium does. */
export async function clickMenu(serviceWorker: Worker, pageUrl: string, click: MenuClick): Promise<void> {
  await serviceWorker.evaluate(
    async ({ pageUrl, click }) => {
      // Browser pages hide their URL from extensions: there the test's page is the active tab.
      const tabs = pageUrl.startsWith('chrome://') ? await chrome.tabs.query({ active: true, lastFocusedWindow: true }) : await chrome.tabs.query({});
      const tab = tabs.find((candidate) => pageUrl.startsWith('chrome://') || candidate.url === pageUrl);
      if (!tab?.id) throw new Error(`No tab at ${pageUrl}`);
      let frameId = 0;
      if (click.frameUrl) {
        const frames = await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: () => location.href });
        frameId = frames.find((frame) => frame.result === click.frameUrl)?.frameId ?? -1;
      }
      const info = { menuItemId: click.menuItemId, selectionText: click.selectionText, pageUrl, frameUrl: click.frameUrl, frameId, editable: click.editable ?? false };
      (chrome.contextMenus.onClicked as unknown as { dispatch: (info: unknown, tab: unknown) => void }).dispatch(info, tab);
    },
    { pageUrl, click },
  );
}

export function bubbleIn(scope: Page | Frame) {
  return scope.locator('parley-translate').getByRole('dialog', { name: 'Parley translation' });
}

/** Fires the Alt+T command in the service worker for the tab at `pageUrl`, as Chromium does on the key press. */
export async function pressShortcut(serviceWorker: Worker, pageUrl: string): Promise<void> {
  await serviceWorker.evaluate(async (pageUrl) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
    if (!tab?.id) throw new Error(`No tab at ${pageUrl}`);
    (chrome.commands.onCommand as unknown as { dispatch: (command: string, tab: unknown) => void }).dispatch('translate-selection', tab);
  }, pageUrl);
}

/** What the test server was asked to translate, one entry per request, in order. */
export function requestedTexts(requests: Array<{ body: unknown }>): string[] {
  return requests.map((request) => {
    const body = request.body as { messages?: Array<{ content: string }> };
    // The whole prompt: the languages are in the system message, the text in the user's.
    return (body.messages ?? []).map((message) => message.content).join('\n');
  });
}
