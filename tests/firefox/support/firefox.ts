import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pollUntil } from '../../e2e/support/raw-chromium.ts';

/*
 * Firefox ESR with the e2e build of Parley installed, driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive a stock Firefox). See /work/shared/notes/e2e-on-this-machine.md.
 *
 * - BiDi refuses to navigate a tab to moz-extension://, so Parley's own welcome tab (opened on
 *   install) is the "control" page: extension pages are opened from it with tabs.create.
 * - Firefox's extension events have no dispatch() (only addListener/removeListener/hasListener),
 *   and BiDi cannot open the browser's own context menu. With --remote-allow-system-access BiDi
 *   reaches the browser window itself (the "chrome" scope), and there a menu click is emitted
 *   exactly as Firefox's menu code does when the user picks the item (ext-menus.js): activeTab is
 *   granted for the tab, then "webext-menu-menuitem-click" reaches Parley's real onClicked listeners.
 */

export const PARLEY_ADDON_ID = 'parley@parley.dev';
/** Fixed through the extensions.webextensions.uuids pref, so pages can be named before install. */
export const PARLEY_UUID = '5b0e8f3c-2d7a-4f61-9c4e-8a1d3b6f0e27';
export const EXTENSION_ORIGIN = `moz-extension://${PARLEY_UUID}`;

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

/** What a menu item click hands to `menus.onClicked` (a subset of Firefox's OnClickData). */
export interface MenuClick {
  menuItemId: string;
  selectionText?: string;
  editable?: boolean;
  frameId?: number;
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

type BidiResult = { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };

/** Runs `expression` (which must evaluate to a JSON string) in the browser window's chrome scope. */
async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  // puppeteer's own BiDi connection (BidiBrowser.connection): the chrome scope is a Firefox extension to BiDi it has no API for.
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string; url: string }> };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No browser window in the chrome scope');
  const evaluation = (await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as BidiResult;
  if (evaluation.type === 'exception') throw new Error(`In Firefox's chrome scope: ${evaluation.exceptionDetails.text}`);
  return JSON.parse(String(evaluation.result.value ?? 'null'));
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

/** Errors whose source is one of Parley's files, as Firefox's console service and console API saw them. */
function parleyErrorsInChrome(browser: Browser): Promise<unknown> {
  return evaluateInChrome(
    browser,
    `(() => {
      const origin = ${JSON.stringify(EXTENSION_ORIGIN)};
      const scriptErrors = Services.console.getMessageArray()
        .filter((message) => message instanceof Ci.nsIScriptError && !(message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)))
        .filter((message) => (message.sourceName || '').startsWith(origin))
        .map((message) => 'uncaught: ' + message.errorMessage + ' (' + message.sourceName + ':' + message.lineNumber + ')');
      const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
      const consoleErrors = storage.getEvents()
        .filter((event) => event.level === 'error' && (event.filename || '').startsWith(origin))
        .map((event) => 'console.error: ' + Array.from(event.arguments || [], String).join(' ') + ' (' + event.filename + ')');
      return JSON.stringify([...scriptErrors, ...consoleErrors]);
    })()`,
  );
}

export async function launchParleyFirefox(): Promise<ParleyFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    // The chrome scope (browser window) over BiDi, for the menu click: see the comment at the top.
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
      async clickMenu(pageUrl, click) {
        await evaluateInChrome(
          browser,
          `(() => {
            const pageUrl = ${JSON.stringify(pageUrl)};
            const click = ${JSON.stringify(click)};
            const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
            const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(PARLEY_ADDON_ID)});
            const tab = gBrowser.tabs.find((candidate) => candidate.linkedBrowser.currentURI.spec === pageUrl);
            if (!tab) throw new Error('No tab at ' + pageUrl);
            gBrowser.selectedTab = tab;
            // What ext-menus.js does for a click on one of the extension's items.
            extension.tabManager.addActiveTabPermission(tab);
            const info = { menuItemId: click.menuItemId, editable: click.editable ?? false, pageUrl, frameId: click.frameId ?? 0, modifiers: [], button: 0 };
            if (click.selectionText !== undefined) info.selectionText = click.selectionText;
            extension.emit('webext-menu-menuitem-click', info, tab);
            return JSON.stringify(true);
          })()`,
        );
      },
      async openSidebar() {
        // Firefox names an extension's sidebar after its id (ext-sidebarAction.js: makeWidgetId(id) + "-sidebar-action").
        await evaluateInChrome(browser, `SidebarController.show('${PARLEY_ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-sidebar-action').then(() => JSON.stringify(true))`);
        await pollUntil(
          async () =>
            (await evaluateInChrome(
              browser,
              `JSON.stringify(SidebarController.browser.contentDocument?.getElementById('webext-panels-browser')?.currentURI.spec ?? '')`,
            )) === `${EXTENSION_ORIGIN}/sidepanel.html` || undefined,
          20_000,
          "the sidebar to show Parley's panel",
        );
      },
      async errors() {
        const inBrowser = (await parleyErrorsInChrome(browser)) as string[];
        return [...pageErrors, ...inBrowser];
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
