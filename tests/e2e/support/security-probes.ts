import type { BrowserContext, Page, Worker } from '@playwright/test';

// Probes for where a key could leak: what a content script can reach, what a page shows, what
// any Parley context logs.

/** The id of the tab showing url, found from the background as a content-script injection would. */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/**
 * Everything a page holds that a leak could hide in: the markup, the live values of form
 * fields (React sets them as properties, which outerHTML does not show), and web storage.
 */
export async function pageTextAndState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll('input, textarea, select')].map((field) => (field as HTMLInputElement).value);
    const webStorage = [localStorage, sessionStorage].flatMap((area) => Object.keys(area).map((key) => `${key}=${area.getItem(key) ?? ''}`));
    return [document.documentElement.outerHTML, ...fields, ...webStorage].join('\n');
  });
}

/** The key, and the masked forms providers echo back ("sk-abcde***yz"): none may show anywhere. */
export function keyTraces(key: string): RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [new RegExp(escape(key)), new RegExp(escape(key.slice(0, 8))), new RegExp(`\\*{3,}${escape(key.slice(-4))}`)];
}

export function leaksIn(text: string, key: string): string[] {
  return keyTraces(key)
    .filter((trace) => trace.test(text))
    .map((trace) => `${trace.source} in ${text.slice(0, 200)}`);
}

/** Every console line of the worker and of every page, from now on (workers restarted later too). */
export function recordAllConsole(context: BrowserContext): () => string[] {
  const lines: string[] = [];
  const watchWorker = (worker: Worker) => worker.on('console', (message) => lines.push(`worker ${message.type()}: ${message.text()}`));
  const watchPage = (page: Page) => {
    page.on('console', (message) => lines.push(`${page.url()} ${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => lines.push(`${page.url()} pageerror: ${error.message}`));
  };
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return () => [...lines];
}
