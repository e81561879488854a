import { browser, type Browser } from 'wxt/browser';
import { builtinProvider, providerForRequest } from '../providers/registry';
import { prepareForFirstClick } from './first-click';
import { builtinCanServe } from '../builtin/routing';
import { deviceFallbackPicker } from './device-fallback';
import { handleRequest } from '../messaging/request-router';
import { handleStream } from '../messaging/stream-router';
import { parleyError } from '../errors/parley-error';
import { loadSettings } from '../settings/store';
import { translationCache } from './cache';
import { decideTargetLanguage } from './detect';
import { findSelection, openBubble } from './inject';
import { jobFor, createJob } from './jobs';
import { detectSourceLanguage, detectSourceLanguageWithoutPage } from './languages';
import { answerFromCache, type InstantAnswerSources } from './instant-answer';
import {
  clearTranslationCache,
  getSelectButtonState,
  getTranslatePopupState,
  openSettingsFromPage,
  selectButtonClicked,
  setSelectButton,
  showTranslationInPopup,
  translateJobStream,
  translateTextStream,
  translationCacheStats,
  type TranslateEvent,
} from './messages';
import { showInPopup } from './popup-handoff';
import { registerSelectButtonLifecycle, selectButtonEnabled, setSelectButton as applySelectButton } from './select-button';
import { addToHistory, historyOf, takePending } from './tab-state';
import { checkTranslatable } from './check';
import { runTranslation } from './translator';
import type { LanguageCode } from '../languages/languages';
import { t } from '../i18n/t';
import { MENU_REPLACE, MENU_TRANSLATE } from './menu-ids';
import type { PageContext } from '../wording/context-line';

async function createMenus(): Promise<void> {
  // Other flows add menus too, so only ours are replaced (an update keeps the old ones).
  await Promise.allSettled([browser.contextMenus.remove(MENU_TRANSLATE), browser.contextMenus.remove(MENU_REPLACE)]);
  browser.contextMenus.create({ id: MENU_TRANSLATE, title: t('menuTranslateSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_REPLACE, title: t('menuTranslateReplace'), contexts: ['editable'] });
}

const instantAnswerSources: InstantAnswerSources = {
  settings: async () => (await loadSettings()).settings,
  detect: detectSourceLanguageWithoutPage,
  pickProvider: providerForRequest,
  lookup: (key) => translationCache().getIfIndexed(key),
  indexReady: () => translationCache().indexReady,
};

/**
 * Opens the bubble on a new job, with the translation when the cache already holds it (the bubble
 * then asks for nothing, and the popup's list gets it here). Throws where scripts cannot run.
 */
async function openJobBubble(tabId: number, frameId: number, text: string, mode: 'bubble' | 'replace'): Promise<void> {
  const { job, saved } = createJob({ tabId, frameId, text, mode });
  const cached = await answerFromCache(text, instantAnswerSources);
  await Promise.all([openBubble(tabId, frameId, { kind: 'job', jobId: job.id, mode, cached }), saved]);
  if (cached) {
    await addToHistory(tabId, { text, translation: cached.text, sourceLanguage: cached.sourceLanguage, targetLanguage: cached.targetLanguage, at: Date.now() });
  }
}

async function onMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const mode = info.menuItemId === MENU_REPLACE ? 'replace' : 'bubble';
  const frameId = info.frameId ?? 0;
  const text = info.selectionText ?? '';
  try {
    await openJobBubble(tab.id, frameId, text, mode);
  } catch {
    await showInPopup(tab.id, { text, note: t('translateCannotRunHere'), at: Date.now() });
  }
}

async function onShortcut(tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  let found: Awaited<ReturnType<typeof findSelection>>;
  try {
    found = await findSelection(tab.id);
  } catch {
    await showInPopup(tab.id, { text: '', note: t('translateCannotReadSelection'), at: Date.now() });
    return;
  }
  if (!found) {
    await openBubble(tab.id, 0, { kind: 'notice', message: t('translateNothingSelected') });
    return;
  }
  await openJobBubble(tab.id, found.frameId, found.text, 'bubble');
}

/** The menu event flattens line breaks; the page's copy of the same text keeps them. */
function sameTextIgnoringSpaces(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

interface TranslateRequest {
  text: string;
  sourceLanguage: LanguageCode | undefined;
  targetLanguage: LanguageCode | undefined;
  pageLanguage: string | undefined;
  fresh: boolean;
  historyTabId: number | undefined;
  pageContext?: PageContext;
}

async function* translateForUser(request: TranslateRequest, signal: AbortSignal): AsyncGenerator<TranslateEvent> {
  checkTranslatable(request.text);
  const { settings } = await loadSettings();
  const source = request.sourceLanguage ?? (await detectSourceLanguage(request.text, request.pageLanguage));
  const target = decideTargetLanguage(source, settings.languages, request.targetLanguage);
  const plan = { text: request.text, sourceLanguage: source, targetLanguage: target, fresh: request.fresh, wording: settings.wording, pageContext: request.pageContext };
  const fallback = deviceFallbackPicker({ enabled: settings.translate.deviceFallback, deviceCanServe: builtinCanServe, device: builtinProvider });
  let translation = '';
  for await (const event of runTranslation(plan, providerForRequest, translationCache(), signal, fallback)) {
    if (event.type === 'text') translation += event.text;
    yield event;
  }
  if (request.historyTabId !== undefined) {
    await addToHistory(request.historyTabId, { text: request.text, translation, sourceLanguage: source ?? null, targetLanguage: target, at: Date.now() });
  }
}

function registerHandlers(): void {
  handleStream(translateJobStream, async function* (start, { signal, sender }) {
    const job = await jobFor(start.jobId, { tabId: sender.tab?.id, frameId: sender.frameId });
    const text = start.selectedText && sameTextIgnoringSpaces(start.selectedText, job.text) ? start.selectedText : job.text;
    yield* translateForUser(
      {
        text,
        sourceLanguage: undefined,
        targetLanguage: start.targetLanguage,
        pageLanguage: start.pageLanguage,
        fresh: start.fresh ?? false,
        historyTabId: job.tabId,
        pageContext: start.pageContext,
      },
      signal,
    );
  });
  handleStream(translateTextStream, (start, { signal }) =>
    translateForUser(
      { text: start.text, sourceLanguage: start.sourceLanguage, targetLanguage: start.targetLanguage, pageLanguage: undefined, fresh: start.fresh ?? false, historyTabId: start.tabId },
      signal,
    ),
  );
  handleRequest(showTranslationInPopup, async ({ jobId, translation }, sender) => {
    const job = await jobFor(jobId, { tabId: sender.tab?.id, frameId: sender.frameId });
    return { opened: await showInPopup(job.tabId, { text: job.text, translation, at: Date.now() }) };
  });
  handleRequest(openSettingsFromPage, async () => {
    await browser.runtime.openOptionsPage();
    return {};
  });
  handleRequest(getTranslatePopupState, async ({ tabId, takePending: take }) => ({
    pending: tabId === undefined || !take ? null : await takePending(tabId),
    history: tabId === undefined ? [] : await historyOf(tabId),
  }));
  handleRequest(getSelectButtonState, async () => ({ enabled: await selectButtonEnabled() }));
  handleRequest(setSelectButton, async ({ enabled }) => ({ enabled: await applySelectButton(enabled) }));
  // The button's script only reports a trusted click; the job is made here, for the sender's own
  // tab and frame, and only while the user has the button turned on.
  handleRequest(selectButtonClicked, async ({ text }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !(await selectButtonEnabled())) {
      throw parleyError('not-allowed', t('translateSelectButtonTurnedOff'));
    }
    await openJobBubble(tabId, sender.frameId ?? 0, text, 'bubble');
    return {};
  });
  handleRequest(translationCacheStats, async () => ({ entries: await translationCache().count() }));
  handleRequest(clearTranslationCache, async () => {
    const entries = await translationCache().count();
    await translationCache().clear();
    return { removed: entries };
  });
}

/** The translate flow's background half: menus, shortcut, jobs, streams, cache and per-tab state. */
export function registerTranslate(): void {
  prepareForFirstClick();
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_TRANSLATE && info.menuItemId !== MENU_REPLACE) return;
    onMenuClick(info, tab).catch((error: unknown) => console.warn('Parley: translate menu failed', error instanceof Error ? error.message : error));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'translate-selection') return;
    onShortcut(tab).catch((error: unknown) => console.warn('Parley: translate shortcut failed', error instanceof Error ? error.message : error));
  });
  registerHandlers();
  registerSelectButtonLifecycle();
}
