import { browser, type Browser } from 'wxt/browser';
import { loadTokenEstimator } from '../chat/tokenizer';
import { t } from '../i18n/t';
import { handleRequest } from '../messaging/request-router';
import { handleStream } from '../messaging/stream-router';
import { providerForRequest, sharedRequestLimiter } from '../providers/registry';
import { loadSettings, updateSettings } from '../settings/store';
import { translationCache } from '../translate/cache';
import { callPageScript, originOfTab } from './inject';
import { addAlwaysStarterToOpenPages, registerAlwaysTranslateLifecycle } from './always-script';
import { getPageTranslateState, pageBlocksStream, pageTranslateCommand, reportPageProgress, setPageDisplay, setSiteRule, startAlwaysTranslate } from './messages';
import { AdaptivePacer } from './pacer';
import { createSession, forgetSessionOfTab, saveProgress, sessionFor, sessionIds, sessionOfTab } from './sessions';
import { ruleFor, setRule } from './site-rules';
import { originPattern } from '../settings/host-access';
import { translatePageBlocks } from './translate-blocks';

export const MENU_TRANSLATE_PAGE = 'parley-translate-page';
export const COMMAND_TRANSLATE_PAGE = 'translate-page';

/** One pace per page: a 429 in one wave slows the next wave of the same page too. */
const pacers = new Map<string, AdaptivePacer>();

async function pacerFor(sessionId: string): Promise<{ pacer: AdaptivePacer; firstWave: boolean }> {
  const existing = pacers.get(sessionId);
  if (existing) return { pacer: existing, firstWave: false };
  // Pages translated before (in tabs since closed or reloaded) no longer need theirs.
  const live = await sessionIds();
  for (const id of pacers.keys()) if (!live.has(id)) pacers.delete(id);
  const { settings } = await loadSettings();
  const pacer = new AdaptivePacer(Math.max(1, settings.request.maxConcurrent - 1));
  pacers.set(sessionId, pacer);
  return { pacer, firstWave: true };
}

/** Starts (or restarts) the page translation in a tab; where the user said never, says so in the page. */
export async function startPageTranslation(tabId: number, { auto }: { auto: boolean }): Promise<{ ok: boolean; message?: string }> {
  const origin = await originOfTab(tabId);
  if (origin === null) return { ok: false, message: t('pageTranslateCannotRunHere') };
  const { settings, managed } = await loadSettings();
  if (!settings.features.pageTranslate) {
    const message = t(managed.set.includes('features') ? 'errorFeatureOffByOrg' : 'errorFeatureOff');
    if (!auto) await callPageScript(tabId, { command: 'notice', message }, { injectIfMissing: true });
    return { ok: false, message };
  }
  if (ruleFor(settings, origin) === 'never') {
    if (!auto) await callPageScript(tabId, { command: 'notice', message: t('pageTranslateNeverHere') }, { injectIfMissing: true });
    return { ok: false, message: t('pageTranslateNeverHere') };
  }
  const session = await createSession({ tabId, origin, targetLanguage: settings.languages.target });
  const { display, style } = settings.pageTranslate;
  await callPageScript(tabId, { command: 'start', sessionId: session.id, targetLanguage: session.targetLanguage, display, style }, { injectIfMissing: true });
  return { ok: true };
}

function warn(what: string) {
  return (error: unknown) => console.warn(`Parley: ${what} failed`, error instanceof Error ? error.message : error);
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.remove(MENU_TRANSLATE_PAGE).catch(() => undefined);
  browser.contextMenus.create({ id: MENU_TRANSLATE_PAGE, title: t('menuTranslatePage'), contexts: ['page'] });
}

/** Sites the user chose "Always" for, while the browser still grants their permission. */
async function autoStartIfAlways(tabId: number, url: string | undefined): Promise<boolean> {
  if (!url || !URL.canParse(url)) return false;
  const origin = new URL(url).origin;
  const { settings } = await loadSettings();
  if (ruleFor(settings, origin) !== 'always') return false;
  if (!(await browser.permissions.contains({ origins: [originPattern(origin)] }))) return false;
  return (await startPageTranslation(tabId, { auto: true })).ok;
}

function registerHandlers(): void {
  handleStream(pageBlocksStream, async function* ({ sessionId, blocks }, { signal, sender }) {
    const session = await sessionFor(sessionId, { tabId: sender.tab?.id, frameId: sender.frameId });
    const limiter = await sharedRequestLimiter();
    const { pacer, firstWave } = await pacerFor(session.id);
    // Packing by a token budget needs the tokenizer's table, loaded on the first page translation, not at the worker's start.
    const { estimateTokens } = await loadTokenEstimator();
    const { settings } = await loadSettings();
    yield* translatePageBlocks(
      blocks,
      {
        targetLanguage: session.targetLanguage,
        pickProvider: providerForRequest,
        cache: translationCache(),
        pacer,
        firstWave,
        whenForegroundQuiet: () => limiter.whenForegroundQuiet(),
        countTokens: estimateTokens,
        wording: settings.wording,
      },
      signal,
    );
  });
  handleRequest(reportPageProgress, async ({ sessionId, progress }, sender) => {
    await sessionFor(sessionId, { tabId: sender.tab?.id, frameId: sender.frameId });
    await saveProgress(sessionId, progress);
    return {};
  });
  handleRequest(getPageTranslateState, async ({ tabId }) => {
    const [origin, { settings }, session] = await Promise.all([originOfTab(tabId), loadSettings(), sessionOfTab(tabId)]);
    const { display, style } = settings.pageTranslate;
    return { origin, rule: ruleFor(settings, origin), progress: session?.progress ?? null, display, style, enabled: settings.features.pageTranslate };
  });
  handleRequest(pageTranslateCommand, async ({ tabId, command }) => {
    if (command === 'start') return startPageTranslation(tabId, { auto: false });
    const reached = await callPageScript(tabId, { command }, { injectIfMissing: false }).catch(() => false);
    if (command === 'show-original') await forgetSessionOfTab(tabId);
    return { ok: reached };
  });
  handleRequest(setSiteRule, async ({ origin, rule }) => {
    const saved = await setRule(origin, rule);
    if (saved === 'always') await addAlwaysStarterToOpenPages(origin).catch(warn('always-translate starter'));
    return { rule: saved };
  });
  // The starter runs only where the site is set to "Always" (always-script.ts); this checks again.
  handleRequest(startAlwaysTranslate, async (_request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { started: false };
    const started = await autoStartIfAlways(tabId, sender.tab?.url ?? sender.url).catch((error: unknown) => {
      warn('always-translate')(error);
      return false;
    });
    return { started };
  });
  handleRequest(setPageDisplay, async (look) => {
    await updateSettings((settings) => ({ ...settings, pageTranslate: { ...settings.pageTranslate, ...look } }));
    return {};
  });
}

/** Whole-page translation, background half: menu, command, sessions, batches and site rules. */
export function registerPageTranslate(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu().catch(warn('page menu')));
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab) => {
    if (info.menuItemId !== MENU_TRANSLATE_PAGE || tab?.id === undefined) return;
    startPageTranslation(tab.id, { auto: false }).catch(warn('translate page menu'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_TRANSLATE_PAGE || tab?.id === undefined) return;
    startPageTranslation(tab.id, { auto: false }).catch(warn('translate page command'));
  });
  registerAlwaysTranslateLifecycle();
  registerHandlers();
}
