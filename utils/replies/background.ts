import { browser, type Browser } from 'wxt/browser';
import { ParleyError, parleyError } from '../errors/parley-error';
import { providerFor } from '../providers/registry';
import { sendRequest } from '../messaging/request-client';
import { handleRequest } from '../messaging/request-router';
import { senderTrust } from '../messaging/sender';
import { handleStream } from '../messaging/stream-router';
import { loadSettings } from '../settings/store';
import { webmailAdapterId } from '../webmail/hosts';
import { createJob, jobFor, type Job } from './jobs';
import { allSummaries, clearLearned } from './learning';
import { learningDb } from './learning-store';
import { clearLearning, frameAttach, frameInsert, frameShowPanel, frameUndo, insertReply, listLearning, openForPopup, openRepliesSettings, openFromButton, rateReply, suggestReplies, undoReply } from './messages';
import { PANEL_FRAME_FLAG } from './open-request';
import { registerOpenTabsInjection } from './open-tabs';
import { registerRepliesSwitch } from './button-switch';
import { produceSuggestions } from './suggest';
import { t } from '../i18n/t';

export const REPLIES_MENU_ID = 'parley-suggest-replies';
/** The on-demand script (entrypoints/replies-panel.content): adapters, insertion and the panel. */
const PANEL_SCRIPT = '/content-scripts/replies-panel.js';

/** Runs in the page's isolated world (serialised by executeScript, so `flag` comes as an argument). */
function panelScriptRuns(flag: string): boolean {
  return (globalThis as Record<string, unknown>)[flag] === true;
}

async function injectScript(tabId: number, frameIds: number[]): Promise<void> {
  try {
    // Injected only where it is missing: evaluating the whole bundle (~350 KB) again on every click costs time.
    const running = await browser.scripting.executeScript({ target: { tabId, frameIds }, func: panelScriptRuns, args: [PANEL_FRAME_FLAG] });
    const missing = frameIds.filter((frameId) => !running.some((result) => result.frameId === frameId && result.result === true));
    if (missing.length > 0) await browser.scripting.executeScript({ target: { tabId, frameIds: missing }, files: [PANEL_SCRIPT] });
  } catch {
    throw parleyError('page-unavailable', t('repliesErrorPageClosed'));
  }
}

/** Injects the on-demand script where it is needed, binds the field to a new job, and (unless the popup asked) shows the panel. */
export async function openJob(tabId: number, frameId: number, adapter: Job['adapter'], showPanel: boolean): Promise<Job> {
  const job = await createJob(tabId, frameId, adapter);
  await injectScript(tabId, frameId === 0 || !showPanel ? [frameId] : [0, frameId]);
  await sendRequest(frameAttach, { jobId: job.id, adapter }, { tabId, frameId });
  if (showPanel) {
    const { settings } = await loadSettings();
    await sendRequest(frameShowPanel, { jobId: job.id, tone: settings.replies.tone, length: settings.replies.length }, { tabId, frameId: 0 });
  }
  return job;
}

function isExtension(sender: Browser.runtime.MessageSender): boolean {
  return senderTrust(sender) === 'extension';
}

function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    // Menus survive worker restarts but not updates; reading lastError marks "already exists" handled.
    browser.contextMenus.create({ id: REPLIES_MENU_ID, title: t('menuSuggestReplies'), contexts: ['editable'] }, () => {
      void browser.runtime.lastError;
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== REPLIES_MENU_ID || tab?.id === undefined) return;
    openJob(tab.id, info.frameId ?? 0, 'generic', true).catch((error: unknown) =>
      console.warn('Parley: could not open suggested replies', error instanceof ParleyError ? error.message : 'unknown error'),
    );
  });
}

export function registerReplies(): void {
  registerContextMenu();
  registerOpenTabsInjection();
  registerRepliesSwitch();

  handleRequest(openFromButton, async (_payload, sender) => {
    const adapter = webmailAdapterId(sender.url);
    if (!adapter || sender.tab?.id === undefined) throw parleyError('not-allowed', t('errorNotAllowed'));
    await openJob(sender.tab.id, sender.frameId ?? 0, adapter, true);
    return {};
  });

  handleRequest(openForPopup, async ({ tabId }) => {
    const tab = tabId === undefined ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0] : await browser.tabs.get(tabId);
    if (tab?.id === undefined) throw parleyError('page-unavailable', t('repliesErrorNoTab'));
    const job = await openJob(tab.id, 0, webmailAdapterId(tab.url) ?? 'generic', false);
    return { jobId: job.id };
  });

  handleStream(suggestReplies, async function* ({ jobId, controls }, { signal, sender }) {
    const job = await jobFor(jobId, sender, isExtension(sender));
    yield* produceSuggestions(job, controls, () => providerFor('replies'), signal);
  });

  handleRequest(insertReply, async ({ jobId, text, intent, tone, length }, sender) => {
    const job = await jobFor(jobId, sender, isExtension(sender));
    await sendRequest(frameInsert, { jobId, text }, { tabId: job.tabId, frameId: job.frameId });
    await learningDb.insertions.add({ correspondent: job.correspondent, at: Date.now(), intent, tone, length, text, editRatio: null });
    return {};
  });

  handleRequest(undoReply, async ({ jobId }, sender) => {
    const job = await jobFor(jobId, sender, isExtension(sender));
    await sendRequest(frameUndo, { jobId }, { tabId: job.tabId, frameId: job.frameId });
    // An undone insertion taught nothing about what the user sends.
    const last = await learningDb.insertions.where('correspondent').equals(job.correspondent).last();
    if (last?.id !== undefined && last.editRatio === null) await learningDb.insertions.delete(last.id);
    return {};
  });

  handleRequest(rateReply, async ({ jobId, intent, vote }, sender) => {
    const job = await jobFor(jobId, sender, isExtension(sender));
    await learningDb.ratings.add({ correspondent: job.correspondent, at: Date.now(), intent, vote });
    return {};
  });

  handleRequest(openRepliesSettings, async () => {
    await browser.runtime.openOptionsPage();
    return {};
  });

  handleRequest(listLearning, async () => ({ correspondents: await allSummaries() }));
  handleRequest(clearLearning, async ({ correspondent }) => {
    await clearLearned(correspondent);
    return {};
  });
}
