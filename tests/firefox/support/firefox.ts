import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pollUntil } from '../../e2e/support/raw-chromium.ts';
import { EXTENSION_ORIGIN, PARLEY_ADDON_ID, PARLEY_UUID } from './addon.ts';
import { emitMenuClick, parleyErrorsInChrome, showSidebar, type MenuClick } from './chrome-scope.ts';

/*
 * Firefox ESR with the e2e build of Parley installed, driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive a stock Firefox). See /work/shared/notes/e2e-on-this-machine.md.
 *
 * BiDi refuses to navigate a tab to moz-extension://, so Parley's own welcome tab (opened on
 * install) is the "control" page: extension pages are opened from it with tabs.create, and storage
 * is written from it. What no page can do (a context-menu click, the sidebar) goes through the
 * browser window itself: chrome-scope.ts.
 */

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The Firefox e2e build (`npm run build:e2e:firefox`), or the folder PARLEY_FIREFOX_EXTENSION_DIR names. */
export function firefoxExtensionDir(): string {
  const outDir = process.env.PARLEY_OUT_DIR ? path.resolve(repoRoot, process.env.PARLEY_OUT_DIR) : path.join(repoRoot, '.output');
  const dir = process.env.PARLEY_FIREFOX_EXTENSION_DIR ?? path.join(outDir, 'firefox-mv2-e2e');
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No Firefox build in ${dir}: run \`npm run build:e2e:firefox\` first.`);
  return dir;
}

/** Debian's Firefox ESR here; FIREFOX_PATH elsewhere. */
export function firefoxExecutable(): string {
  const executable = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executable)) throw new Error(`No Firefox at ${executable}: install firefox-esr (.ci/run does) or set FIREFOX_PATH.`);
  return executable;
}

export interface ParleyFirefox {
  browser: Browser;
  /** Parley's welcome tab: an extension page with the WebExtension APIs, from which the test acts. */
  control: Page;
  /** Opens one of Parley's pages (popup.html, options.html, …) in a new tab, loaded. */
  openExtensionPage(file: string): Promise<Page>;
  /** Opens a web page (the test server's fixtures) in a new tab, loaded. */
  openPage(url: string): Promise<Page>;
  /** Picks one of Parley's context-menu items on the tab showing `pageUrl`, as Firefox's menu code does. */
  clickMenu(pageUrl: string, click: MenuClick): Promise<void>;
  /** Opens Firefox's sidebar on Parley's panel, as the sidebar button or menu does, and waits until it shows the page. */
  openSidebar(): Promise<void>;
  /** Errors from Parley's pages, content scripts and background page since launch. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

async function hrefOf(page: Page): Promise<string> {
  // puppeteer's page.url() can still say about:blank for a tab an extension opened.
  return page.evaluate(() => location.href).catch(() => '');
}

async function waitForNewTab(browser: Browser, before: Set<Page>, url: string): Promise<Page> {
  return pollUntil(
    async () => {
      for (const page of await browser.pages()) {
        if (before.has(page) || (await hrefOf(page)) !== url) continue;
        if ((await page.evaluate(() => document.readyState).catch(() => '')) === 'complete') return page;
      }
      return undefined;
    },
    30_000,
    `a tab at ${url}`,
  );
}

/** Console errors of Parley's pages, and of Parley's content scripts in web pages (by the script's own URL). */
function watchPageErrors(page: Page, url: string, errors: string[]): void {
  const isOurPage = url.startsWith(EXTENSION_ORIGIN);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url ?? '';
    if (isOurPage || where.startsWith(EXTENSION_ORIGIN)) errors.push(`${where || url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (isOurPage) errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

export async function launchParleyFirefox(): Promise<ParleyFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    // The chrome scope (the browser window) over BiDi: see chrome-scope.ts.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [PARLEY_ADDON_ID]: PARLEY_UUID }) },
  });
  const pageErrors: string[] = [];
  try {
    const installed = await browser.installExtension(firefoxExtensionDir());
    if (installed !== PARLEY_ADDON_ID) throw new Error(`Installed ${installed}, expected ${PARLEY_ADDON_ID}`);
    const control = await pollUntil(
      async () => {
        for (const page of await browser.pages()) if ((await hrefOf(page)) === `${EXTENSION_ORIGIN}/welcome.html`) return page;
        return undefined;
      },
      30_000,
      "the welcome tab Parley opens on install (is the background page running?)",
    );
    watchPageErrors(control, `${EXTENSION_ORIGIN}/welcome.html`, pageErrors);

    const openTab = async (url: string, create: () => Promise<void>) => {
      const before = new Set(await browser.pages());
      await create();
      const page = await waitForNewTab(browser, before, url);
      watchPageErrors(page, url, pageErrors);
      return page;
    };

    return {
      browser,
      control,
      openExtensionPage: (file) =>
        openTab(`${EXTENSION_ORIGIN}/${file}`, async () => {
          await control.evaluate(async (url) => {
            await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.create({ url });
          }, `${EXTENSION_ORIGIN}/${file}`);
        }),
      openPage: (url) =>
        openTab(url, async () => {
          const page = await browser.newPage();
          await page.goto(url);
        }),
      clickMenu: (pageUrl, click) => emitMenuClick(browser, pageUrl, click),
      openSidebar: () => showSidebar(browser),
      async errors() {
        const inBrowser = await parleyErrorsInChrome(browser);
        return [...pageErrors, ...inBrowser];
      },
      close: () => browser.close(),
    };
  } catch (error) {
    // A background page that fails to start shows only here (the welcome tab never opens): say why.
    const errors = await parleyErrorsInChrome(browser).catch(() => []);
    await browser.close();
    throw errors.length > 0 ? new Error(`${error instanceof Error ? error.message : String(error)}\nParley's errors in Firefox:\n${errors.join('\n')}`, { cause: error }) : error;
  }
}
