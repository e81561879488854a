import type { BrowserContext, ConsoleMessage, Page, Worker } from '@playwright/test';

export interface ExtensionErrors {
  list(): string[];
  /** For tests that provoke an error on purpose: forget the ones matching. */
  allow(pattern: RegExp): void;
}

/** Collects errors from Parley's own pages and worker; web pages' own errors are theirs. */
export function watchExtensionErrors(context: BrowserContext, extensionId: string): ExtensionErrors {
  const errors: string[] = [];
  const allowed: RegExp[] = [];
  const isOurs = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  const onConsole = (source: string) => (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${source}: ${message.text()}`);
  };
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      // Content scripts log into the page's console, with the extension's script as location.
      if (isOurs(page.url()) || isOurs(message.location().url)) onConsole(page.url())(message);
    });
    page.on('pageerror', (error) => {
      if (isOurs(page.url())) errors.push(`${page.url()}: ${error.message}`);
    });
  };
  const watchWorker = (worker: Worker) => {
    if (isOurs(worker.url())) worker.on('console', onConsole('service worker'));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  return {
    list: () => errors.filter((error) => !allowed.some((pattern) => pattern.test(error))),
    allow: (pattern) => allowed.push(pattern),
  };
}
