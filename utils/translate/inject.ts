import { browser } from 'wxt/browser';
import { FrameSelectionSchema, type BubbleLaunch, type TranslateUiGlobal } from './launch';
import { TRANSLATE_UI_SCRIPT } from './menu-ids';

/** Runs in the page's isolated world: serialised by executeScript, so it may use nothing from outside. */
function openInPage(launch: unknown): boolean {
  const ui = (globalThis as { parleyTranslateUi?: TranslateUiGlobal }).parleyTranslateUi;
  if (!ui) return false;
  ui.open(launch);
  return true;
}

/** Runs in each frame for the shortcut: the selection there, in fields and open shadow roots too. */
function readSelectionInPage(): { text: string; focused: boolean } {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  let text = '';
  if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) {
    text = active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  }
  const root = active?.getRootNode();
  const scoped = root instanceof ShadowRoot && 'getSelection' in root ? (root as ShadowRoot & { getSelection: () => Selection | null }).getSelection() : null;
  if (!text.trim()) text = (scoped ?? document.getSelection())?.toString() ?? '';
  return { text, focused: document.hasFocus() };
}

/**
 * Opens the bubble in one frame, injecting its script first only where it is not running yet;
 * throws where scripts cannot run.
 */
export async function openBubble(tabId: number, frameId: number, launch: BubbleLaunch): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const open = async () => (await browser.scripting.executeScript({ target, func: openInPage, args: [launch] }))[0]?.result === true;
  // Re-injecting would evaluate the whole bundle (~340 KB) again on every click in the same frame.
  if (await open()) return;
  await browser.scripting.executeScript({ target, files: [TRANSLATE_UI_SCRIPT] });
  if (!(await open())) throw new Error('The translate bubble did not start in the page.');
}

/** The frame holding the selection (the focused frame first), or undefined when nothing is selected. */
export async function findSelection(tabId: number): Promise<{ frameId: number; text: string } | undefined> {
  const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: readSelectionInPage });
  const frames = results.flatMap((result) => {
    const parsed = FrameSelectionSchema.safeParse(result.result);
    return parsed.success && parsed.data.text.trim() ? [{ frameId: result.frameId, ...parsed.data }] : [];
  });
  const chosen = frames.find((frame) => frame.focused) ?? frames[0];
  return chosen ? { frameId: chosen.frameId, text: chosen.text } : undefined;
}
