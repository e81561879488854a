import { Readability } from '@mozilla/readability';
import { browser, type Browser } from 'wxt/browser';
import { parleyError } from '../errors/parley-error';
import { readDocumentInPage, readSelectionInPage, type PageDocument, type PageSelection } from './in-page';
import { MAX_RAW_QUOTE_CHARS, type PageQuote } from './schema';
import { t } from '../i18n/t';

/**
 * Reads the page the user is looking at, only when they ask (the popup's click grants activeTab).
 * When Parley's own page is itself a tab (opened from the toolbar menu, or in tests) the page
 * meant is the tab the user was on before it.
 */
async function targetTab(): Promise<Browser.tabs.Tab> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active;
  const others = (await browser.tabs.query({ windowId: active?.windowId ?? self?.windowId })).filter((tab) => tab.id !== self?.id);
  const previous = others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (!previous) throw parleyError('page-unavailable', t('chatErrorNoPage'));
  return previous;
}

function unreadable(tab: Browser.tabs.Tab): Error {
  const where = tab.url && URL.canParse(tab.url) ? new URL(tab.url).host || tab.url : undefined;
  return parleyError(
    'page-unavailable',
    where ? t('chatErrorUnreadableSite', where) : t('chatErrorUnreadablePage'),
  );
}

async function runInTab<T>(tab: Browser.tabs.Tab, func: () => T, allFrames: boolean): Promise<T[]> {
  if (tab.id === undefined) throw unreadable(tab);
  try {
    const results = await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames }, func });
    return results.flatMap((result) => (result.result === undefined || result.result === null ? [] : [result.result as T]));
  } catch {
    throw unreadable(tab);
  }
}

/** The readable text of a page's markup: Readability's article, else the body's text. */
export function readableText(page: PageDocument): { title: string; text: string } {
  // The markup comes without handlers, scripts or media (see readDocumentInPage); DOMParser
  // documents are inert besides: no script runs, nothing is fetched.
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const article = new Readability(doc, { charThreshold: 200 }).parse();
  const raw = article?.textContent?.trim() ? article.textContent : (doc.body?.textContent ?? '');
  const text = raw.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*(\n\s*)+/g, '\n\n').trim();
  return { title: article?.title || page.title, text };
}

/** The whole selection; the background fits it to the model (see fit-quote.ts). */
export async function readSelectionQuote(): Promise<PageQuote> {
  const tab = await targetTab();
  const selections = await runInTab<PageSelection>(tab, readSelectionInPage, true);
  const selection = selections.find((candidate) => candidate.text.trim());
  if (!selection) throw parleyError('empty-input', t('chatErrorNoSelection'));
  return { kind: 'selection', title: (tab.title || selection.title).slice(0, 500), url: selection.url.slice(0, 4000), text: selection.text.trim().slice(0, MAX_RAW_QUOTE_CHARS) };
}

/** The page's readable text, with what the user selected on it (sent first when the page does not fit). */
export async function readPageQuote(): Promise<PageQuote> {
  const tab = await targetTab();
  const [page] = await runInTab<PageDocument>(tab, readDocumentInPage, false);
  if (!page) throw unreadable(tab);
  const { title, text } = readableText(page);
  if (!text) throw parleyError('empty-input', t('chatErrorNoText'));
  const [selected] = await runInTab<PageSelection>(tab, readSelectionInPage, false).catch(() => []);
  const selection = selected?.text.trim().slice(0, MAX_RAW_QUOTE_CHARS) || undefined;
  return { kind: 'page', title: title.slice(0, 500), url: page.url.slice(0, 4000), text: text.slice(0, MAX_RAW_QUOTE_CHARS), ...(selection ? { selection } : {}) };
}
