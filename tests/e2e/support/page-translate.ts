import type { Page, Worker } from '@playwright/test';
import { segmentsOf } from '../../fixtures/openai-server/segments.ts';
import type { RecordedRequest } from '../../fixtures/openai-server/server.ts';

export const MENU_TRANSLATE_PAGE = 'parley-translate-page';

/** Fires the page menu's "Translate this page" in the service worker, with the real tab, as Chromium does. */
export async function translatePageFromMenu(serviceWorker: Worker, pageUrl: string): Promise<void> {
  await serviceWorker.evaluate(
    async ({ pageUrl, menuItemId }) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      if (!tab?.id) throw new Error(`No tab at ${pageUrl}`);
      (chrome.contextMenus.onClicked as unknown as { dispatch: (info: unknown, tab: unknown) => void }).dispatch({ menuItemId, pageUrl, frameId: 0, editable: false }, tab);
    },
    { pageUrl, menuItemId: MENU_TRANSLATE_PAGE },
  );
}

/** Fires the "translate-page" command (bound by the user; no default key) for the tab at `pageUrl`. */
export async function translatePageFromCommand(serviceWorker: Worker, pageUrl: string): Promise<void> {
  await serviceWorker.evaluate(async (pageUrl) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
    if (!tab?.id) throw new Error(`No tab at ${pageUrl}`);
    (chrome.commands.onCommand as unknown as { dispatch: (command: string, tab: unknown) => void }).dispatch('translate-page', tab);
  }, pageUrl);
}

/** Every segment the server was asked to translate, across all page requests, in order. */
export function sentSegments(requests: RecordedRequest[]): string[] {
  return requests.flatMap((request) => segmentsOf(request));
}

/** Page-translation requests only (those carrying numbered segments). */
export function pageRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => segmentsOf(request).length > 0);
}

/** The translation Parley inserted into the element matching `selector` (or its text, '' when none). */
export function translationOf(page: Page, selector: string) {
  return page.locator(`${selector} > parley-page-translation`);
}

/** How many translation nodes each of the elements matching `selector` holds. */
export async function translationCounts(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((elements) => elements.map((element) => element.querySelectorAll(':scope > parley-page-translation').length));
}

export function progressControl(page: Page) {
  return page.locator('parley-page-progress').getByRole('status');
}
