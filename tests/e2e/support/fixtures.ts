import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestServer } from '../../fixtures/openai-server/server.ts';
import { chromiumArgs, chromiumExecutable, extensionDir } from './browser.ts';
import { watchExtensionErrors, type ExtensionErrors } from './console-errors.ts';
import { testServerFixture } from './test-server-fixture.ts';

export interface ParleyFixtures {
  /** The local OpenAI-compatible server, also serving tests/fixtures/pages under /pages/. */
  server: TestServer;
  /** A fresh browser profile with the built extension loaded. */
  context: BrowserContext;
  userDataDir: string;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens one of the extension's pages (popup.html, options.html, …) in a tab. */
  openExtensionPage: (file: string) => Promise<Page>;
  /** Console errors and unhandled rejections in extension contexts; the test fails on any. */
  extensionErrors: ExtensionErrors;
  /** The browser's UI language (`--lang`), which picks Parley's locale; `test.use({ uiLanguage: 'ja' })` to change it. */
  uiLanguage: string;
}

/** Chromium with the built extension loaded; `extraArgs` for a suite's own flags (the webmail host mapping). */
export async function launchWithExtension(userDataDir: string, uiLanguage?: string, extraArgs: string[] = []): Promise<BrowserContext> {
  const extension = extensionDir();
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...chromiumArgs(extension, uiLanguage), ...extraArgs],
    // Web pages and content scripts (navigator.language, i18n.getUILanguage) take the browser's
    // language from here; --lang sets it for Parley's own pages and the background.
    locale: uiLanguage,
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<ParleyFixtures>({
  uiLanguage: ['en-US', { option: true }],
  server: testServerFixture,
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir, uiLanguage }, use) => {
    const context = await launchWithExtension(userDataDir, uiLanguage);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (file: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    });
  },
  extensionErrors: [
    async ({ context, extensionId }, use) => {
      const errors = watchExtensionErrors(context, extensionId);
      await use(errors);
      expect(errors.list(), 'console errors or unhandled rejections in Parley').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
