import { browser } from 'wxt/browser';
import type { PageScriptCall, PageTranslateGlobal } from './page-script-protocol';

/** The unlisted script built from entrypoints/page-translate.ts. */
const PAGE_SCRIPT = '/page-translate.js';

/** Runs in the page's isolated world: serialised by executeScript, so it may use nothing from outside. */
function callInPage(call: unknown): boolean {
  const script = (globalThis as { parleyPageTranslate?: PageTranslateGlobal }).parleyPageTranslate;
  if (!script) return false;
  script.call(call);
  return true;
}

/** Calls the top frame's page script; same-origin frames and shadow roots are its to walk. */
export async function callPageScript(tabId: number, call: PageScriptCall, { injectIfMissing }: { injectIfMissing: boolean }): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  const run = async () => (await browser.scripting.executeScript({ target, func: callInPage, args: [call] }))[0]?.result === true;
  if (await run()) return true;
  if (!injectIfMissing) return false;
  await browser.scripting.executeScript({ target, files: [PAGE_SCRIPT] });
  return run();
}

/** The page's origin, read in the page (tab.url needs a permission the popup may not have). */
export async function originOfTab(tabId: number): Promise<string | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => location.origin });
    return typeof result?.result === 'string' && /^https?:/.test(result.result) ? result.result : null;
  } catch {
    return null;
  }
}
