import { MENU_REPLACE, MENU_TRANSLATE, TRANSLATE_UI_SCRIPT } from './menu-ids';

/** What it reads of `contextMenus.onClicked`'s (info, tab), which reach the bootstrap untyped. */
interface MenuClick {
  menuItemId?: unknown;
  frameId?: unknown;
}
/** The one scripting call this needs, as the browser's promise API (the bootstrap has no polyfill). */
export type InjectFiles = (injection: { target: { tabId: number; frameIds: number[] }; files: string[] }) => Promise<unknown>;

/**
 * On a click that woke the worker, the bubble's script (~350 KB) starts loading in the page while
 * the worker evaluates its engine, instead of after it: the two run side by side in their own
 * processes. Called by the bootstrap before the engine loads (utils/background/lazy-engine.ts);
 * the engine then opens the bubble as usual, its script already there (a second injection into a
 * frame that has it keeps the first one's state: entrypoints/translate-ui.ts).
 */
export function loadBubbleScriptEarly(inject: InjectFiles, [info, tab]: unknown[]): void {
  const click = info as MenuClick | undefined;
  const tabId = (tab as { id?: unknown } | undefined)?.id;
  if (click?.menuItemId !== MENU_TRANSLATE && click?.menuItemId !== MENU_REPLACE) return;
  if (typeof tabId !== 'number') return;
  const frameId = typeof click.frameId === 'number' ? click.frameId : 0;
  // Where scripts cannot run, the engine says so (it falls back to the popup); nothing to do here.
  inject({ target: { tabId, frameIds: [frameId] }, files: [TRANSLATE_UI_SCRIPT] }).catch(() => undefined);
}
