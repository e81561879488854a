import { browser } from 'wxt/browser';
import type { ComposeLaunch, ComposeUiGlobal, FieldLocator } from './launch';

/** The unlisted script built from entrypoints/compose-ui.ts. */
const UI_SCRIPT = '/compose-ui.js';

/** Runs in the page's isolated world: serialised by executeScript, so it may use nothing from outside. */
function openInPage(launch: unknown): boolean {
  const ui = (globalThis as { parleyComposeUi?: ComposeUiGlobal }).parleyComposeUi;
  if (!ui) return false;
  ui.open(launch);
  return true;
}

/** Serialised too: whether this frame's focus is in an editable field (for the keyboard shortcut). */
function focusIsInField(): boolean {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const editable = active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text') || (active instanceof HTMLElement && active.isContentEditable);
  return document.hasFocus() && editable;
}

/** Serialised too: whether the locator leads to an editable field in this frame. */
function locatorFindsField(locator: string[]): boolean {
  let root: ParentNode = document;
  let found: Element | null = null;
  for (const selector of locator) {
    found = root.querySelector(selector);
    if (!found) return false;
    root = found.shadowRoot ?? found;
  }
  return found instanceof HTMLTextAreaElement || found instanceof HTMLInputElement || (found instanceof HTMLElement && found.isContentEditable);
}

/** Opens the panel in one frame, injecting its script first only where it is not running yet; throws where scripts cannot run. */
export async function openComposeUi(tabId: number, frameId: number, launch: ComposeLaunch): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const open = async () => (await browser.scripting.executeScript({ target, func: openInPage, args: [launch] }))[0]?.result === true;
  if (await open()) return;
  await browser.scripting.executeScript({ target, files: [UI_SCRIPT] });
  if (!(await open())) throw new Error('The compose panel did not start in the page.');
}

/** The frame whose focus is in a field, for the shortcut (which, unlike the menu, names no frame). */
export async function frameWithFocusedField(tabId: number): Promise<number | undefined> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: focusIsInField });
  return results.find((result) => result.result === true)?.frameId;
}

/** After a reload frames have new ids: the frame where the saved field is now. */
export async function frameHoldingField(tabId: number, locator: FieldLocator): Promise<number | undefined> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: locatorFindsField, args: [locator] });
  return results.find((result) => result.result === true)?.frameId;
}
