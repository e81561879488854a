import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

/** Which extension a bench browser has loaded: Parley's production build, the floor's reference (bench/reference/), or none. */
export type Loaded = 'parley' | 'reference' | 'none';

/** The reference extension run.ts built beside Parley's production build. */
export function referenceDir(): string {
  const dir = process.env.REFERENCE_EXTENSION_DIR;
  if (!dir || !existsSync(path.join(dir, 'manifest.json'))) throw new Error('No reference extension built: start the bench with `npm run bench`.');
  return dir;
}

/**
 * Chromium as the e2e tests launch it, with the webmail hosts resolved to the local https
 * server; with Parley's production build loaded, the reference extension, or no extension at all.
 */
export async function launchBrowser(webmail: WebmailServer, loaded: Loaded): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
  const rules = WEBMAIL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${webmail.port}`).join(', ');
  const extension = { parley: extensionDir, reference: referenceDir, none: () => '' }[loaded]();
  const extensionArgs = loaded === 'none' ? chromiumArgs('').filter((arg) => !arg.includes('-extension')) : chromiumArgs(extension);
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

/** The reference extension in a browser of its own, measured turn about with Parley. */
export interface Reference {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** An empty page of the reference extension: CDP sessions and the message that wakes its worker. */
  extensionPage: Page;
}

interface BenchFixtures {
  server: TestServer;
  webmail: WebmailServer;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** An extension page kept open: requests and CDP sessions that need an extension context. */
  extensionPage: Page;
  /** The reference extension the floors are measured on, in a browser of its own. */
  reference: Reference;
}

export const test = base.extend<BenchFixtures>({
  server: testServerFixture,
  webmail: async ({}, use) => {
    const webmail = await startWebmailServer();
    await use(webmail);
    await webmail.close();
  },
  context: async ({ webmail }, use) => {
    const browser = await launchBrowser(webmail, 'parley');
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
  reference: async ({ webmail, server }, use) => {
    const browser = await launchBrowser(webmail, 'reference');
    const serviceWorker = await serviceWorkerOf(browser.context);
    await serviceWorker.evaluate((config) => chrome.storage.local.set(config), { baseUrl: server.baseUrl, model: 'parley-test-model' });
    const extensionId = new URL(serviceWorker.url()).host;
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/blank.html`);
    await use({ context: browser.context, serviceWorker, extensionId, extensionPage });
    await browser.close();
  },
});

export { expect } from '@playwright/test';
