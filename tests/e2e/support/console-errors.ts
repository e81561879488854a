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
  const workers = new Set<Worker>();
  const watchWorker = (worker: Worker) => {
    if (!isOurs(worker.url())) return;
    workers.add(worker);
    worker.on('console', onConsole('service worker'));
    reportUncaughtIn(worker);
  };
  // A worker restarted by Chromium loses the listeners; an extension page loading is the usual
  // moment a fresh worker starts, so they are put back then (the flag makes it idempotent).
  context.on('page', (page) => page.on('load', () => isOurs(page.url()) && workers.forEach(reportUncaughtIn)));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  return {
    list: () => errors.filter((error) => !allowed.some((pattern) => pattern.test(error))),
    allow: (pattern) => allowed.push(pattern),
  };
}

/**
 * Playwright reports a worker's console calls but not its uncaught errors or unhandled
 * rejections (verified: neither reached worker.on('console') nor any context event). Listeners
 * installed in the worker turn them into console errors, which the watcher above collects.
 */
function reportUncaughtIn(worker: Worker): void {
  worker
    .evaluate(() => {
      const scope = self as typeof self & { parleyUncaughtWatch?: true };
      if (scope.parleyUncaughtWatch) return;
      scope.parleyUncaughtWatch = true;
      scope.addEventListener('unhandledrejection', (event) => {
        const reason: unknown = event.reason;
        console.error('Unhandled rejection in the service worker:', reason instanceof Error ? reason.message : String(reason));
      });
      scope.addEventListener('error', (event) => console.error('Uncaught error in the service worker:', event.message));
    })
    .catch(() => {
      // The worker went away (stopped, or the test ended): nothing to watch any more.
    });
}
