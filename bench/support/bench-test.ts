import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestServer } from '../../tests/fixtures/openai-server/server.ts';
import { testServerFixture } from '../../tests/e2e/support/test-server-fixture.ts';
import { chromiumArgs, chromiumExecutable, extensionDir } from '../../tests/e2e/support/browser.ts';
import { configureProvider } from '../../tests/e2e/support/provider.ts';
import { WEBMAIL_HOSTS, startWebmailServer, type WebmailServer } from '../../tests/e2e/support/webmail.ts';
import { defaultSettings } from '../../utils/settings/defaults';

/** The Gmail fixture on its real host (answered by the local https server). */
export const GMAIL_THREAD = (webmail: WebmailServer) => webmail.url('mail.google.com', 'gmail-thread.html');

/**
 * Chromium as the e2e tests launch it, with the webmail hosts resolved to the local https
 * server; with Parley's production build loaded, or with no extension at all (the baseline).
 */
export async function launchBrowser(webmail: WebmailServer, withParley: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
  const rules = WEBMAIL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${webmail.port}`).join(', ');
  const extensionArgs = withParley ? chromiumArgs(extensionDir()) : chromiumArgs('').filter((arg) => !arg.includes('-extension'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...extensionArgs, `--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Points Parley at the test server with the user's default request limits (no test-speed overrides). */
export async function configureDefaults(serviceWorker: Worker, server: TestServer): Promise<void> {
  const defaults = defaultSettings('en-US');
  await configureProvider(serviceWorker, server, (settings) => ({ ...settings, request: defaults.request }));
}

interface BenchFixtures {
  server: TestServer;
  webmail: WebmailServer;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** An extension page kept open: requests and CDP sessions that need an extension context. */
  extensionPage: Page;
}

export const test = base.extend<BenchFixtures>({
  server: testServerFixture,
  webmail: async ({}, use) => {
    const webmail = await startWebmailServer();
    await use(webmail);
    await webmail.close();
  },
  context: async ({ webmail }, use) => {
    const browser = await launchBrowser(webmail, true);
    await use(browser.context);
    await browser.close();
  },
  serviceWorker: async ({ context, server }, use) => {
    const worker = await serviceWorkerOf(context);
    await configureDefaults(worker, server);
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extensionPage: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    // The welcome page opens no port to the background, so it cannot restart a stopped worker by itself.
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    await use(page);
  },
});

export { expect } from '@playwright/test';
