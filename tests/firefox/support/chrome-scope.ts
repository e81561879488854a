import type { Browser } from 'puppeteer-core';
import { pollUntil } from '../../e2e/support/raw-chromium.ts';
import { EXTENSION_ORIGIN, PARLEY_ADDON_ID } from './addon.ts';

/*
 * Firefox's "chrome scope": the browser window itself, reached over BiDi when Firefox runs with
 * --remote-allow-system-access. Used for what a test cannot do from a page: pick a context-menu
 * item (BiDi cannot open the native menu, and Firefox's events have no dispatch()), open the
 * sidebar, and read the errors Parley's background page logged.
 */

/** What a menu item click hands to `menus.onClicked` (a subset of Firefox's OnClickData). */
export interface MenuClick {
  menuItemId: string;
  selectionText?: string;
  editable?: boolean;
  frameId?: number;
}

type BidiResult = { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };

/** Runs `expression` (which must evaluate to a JSON string) in the browser window's chrome scope. */
export async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  // puppeteer's own BiDi connection (BidiBrowser.connection): the chrome scope is a Firefox extension to BiDi it has no API for.
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string; url: string }> };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No browser window in the chrome scope');
  const evaluation = (await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true })).result as BidiResult;
  if (evaluation.type === 'exception') throw new Error(`In Firefox's chrome scope: ${evaluation.exceptionDetails.text}`);
  return JSON.parse(String(evaluation.result.value ?? 'null'));
}

/**
 * Picks one of Parley's menu items on the tab showing `pageUrl`, as Firefox's menu code does for a
 * click (ext-menus.js): activeTab is granted for the tab, then "webext-menu-menuitem-click" goes
 * through Firefox's own menus.onClicked event to Parley's listeners.
 */
export async function emitMenuClick(browser: Browser, pageUrl: string, click: MenuClick): Promise<void> {
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
      extension.tabManager.addActiveTabPermission(tab);
      const info = { menuItemId: click.menuItemId, editable: click.editable ?? false, pageUrl, frameId: click.frameId ?? 0, modifiers: [], button: 0 };
      if (click.selectionText !== undefined) info.selectionText = click.selectionText;
      extension.emit('webext-menu-menuitem-click', info, tab);
      return JSON.stringify(true);
    })()`,
  );
}

/** Opens Firefox's sidebar on Parley's panel, as the sidebar button or menu does, and waits until it shows the page. */
export async function showSidebar(browser: Browser): Promise<void> {
  // Firefox names an extension's sidebar after its id (ext-sidebarAction.js: makeWidgetId(id) + "-sidebar-action").
  await evaluateInChrome(browser, `SidebarController.show('${PARLEY_ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-sidebar-action').then(() => JSON.stringify(true))`);
  await pollUntil(
    async () =>
      (await evaluateInChrome(browser, `JSON.stringify(SidebarController.browser.contentDocument?.getElementById('webext-panels-browser')?.currentURI.spec ?? '')`)) ===
        `${EXTENSION_ORIGIN}/sidepanel.html` || undefined,
    20_000,
    "the sidebar to show Parley's panel",
  );
}

/** Errors whose source is one of Parley's files, as Firefox's console service and console API saw them. */
export async function parleyErrorsInChrome(browser: Browser): Promise<string[]> {
  return (await evaluateInChrome(
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
  )) as string[];
}
