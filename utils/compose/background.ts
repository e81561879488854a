import { browser, type Browser } from 'wxt/browser';
import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import { handleRequest } from '../messaging/request-router';
import { handleStream } from '../messaging/stream-router';
import { providerForRequest } from '../providers/registry';
import { loadSettings } from '../settings/store';
import { showInPopup } from '../translate/popup-handoff';
import { webmailAdapterId } from '../webmail/hosts';
import { composeBox as gmailComposeBox } from '../webmail/gmail';
import { composeBox as outlookComposeBox } from '../webmail/outlook';
import { frameHoldingField, frameWithFocusedField, openComposeUi } from './inject';
import type { ComposeLaunch } from './launch';
import { adoptDraft, discardDraft, markDraftReplaced, restoreDraftAfterLoad, writeInStream } from './messages';
import { addRestoreStarterTo, registerRestoreLifecycle } from './restore-script';
import { registerOwnReply } from './own-reply';
import { createSession, forgetSessionsOfClosedTabs, openDraftsOfTab, pageKey, removeSession, sessionFor, updateSession, type ComposeSession } from './session-store';
import { planWriteIn, runWriteIn } from './write-in';

export const MENU_WRITE_IN = 'parley-write-in';
export const COMMAND_WRITE_IN = 'write-in';

const ADAPTER_FIELDS: Record<'gmail' | 'outlook', string> = { gmail: gmailComposeBox, outlook: outlookComposeBox };

function launchFor(session: ComposeSession, saved: ComposeSession[]): ComposeLaunch {
  const adapter = session.adapter;
  return {
    sessionId: session.id,
    adapter,
    adapterField: adapter === 'generic' ? undefined : ADAPTER_FIELDS[adapter],
    saved: saved.slice(0, 5).flatMap((old) => (old.locator && old.saved ? [{ id: old.id, locator: old.locator, draft: old.saved }] : [])),
  };
}

/** A menu click or the shortcut in a field: a new session there, and the panel beside the field. */
async function startInField(tab: Browser.tabs.Tab, frameId: number): Promise<void> {
  if (tab.id === undefined) return;
  const pageUrl = pageKey(tab.url);
  const session = await createSession({ tabId: tab.id, frameId, pageUrl, adapter: webmailAdapterId(tab.url) ?? 'generic' });
  try {
    await openComposeUi(tab.id, frameId, launchFor(session, await openDraftsOfTab(tab.id, pageUrl)));
  } catch {
    await removeSession(session.id);
    await showInPopup(tab.id, { text: '', note: t('composeCannotRunHere'), at: Date.now() });
  }
}

/** A reload of a page with a draft waiting: the panel comes back beside the same field (where Parley may run there). */
async function restoreAfterLoad(tabId: number, url: string | undefined): Promise<boolean> {
  const [latest] = await openDraftsOfTab(tabId, pageKey(url));
  if (!latest?.locator) {
    // The starter ran on a draft's page in another tab: perhaps that tab is closed, and its page should no longer start anything.
    await forgetSessionsOfClosedTabs();
    return false;
  }
  // Webmails draw the compose box after the load event: look a few times.
  for (const wait of [0, 500, 1500, 3000]) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    const frameId = await frameHoldingField(tabId, latest.locator).catch(() => undefined);
    if (frameId === undefined) continue;
    const rebound = await updateSession(latest.id, (session) => ({ ...session, frameId }));
    if (rebound) await openComposeUi(tabId, frameId, launchFor(rebound, [rebound]));
    return rebound !== undefined;
  }
  return false;
}

function registerEntryPoints(): void {
  browser.runtime.onInstalled.addListener(() => {
    // Menus survive worker restarts but not updates; reading lastError marks "already exists" handled.
    browser.contextMenus.create({ id: MENU_WRITE_IN, title: t('menuWriteIn'), contexts: ['editable'] }, () => void browser.runtime.lastError);
  });
  const warn = (error: unknown) => console.warn('Parley: "Write in" failed', error instanceof Error ? error.message : 'unknown error');
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_WRITE_IN || !tab) return;
    startInField(tab, info.frameId ?? 0).catch(warn);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_WRITE_IN || tab?.id === undefined) return;
    const tabId = tab.id;
    (async () => {
      const frameId = await frameWithFocusedField(tabId);
      if (frameId === undefined) await showInPopup(tabId, { text: '', note: t('composeNoField'), at: Date.now() });
      else await startInField(tab, frameId);
    })().catch(warn);
  });
  // The starter runs only on pages with a draft (restore-script.ts); the tab and page are checked here.
  handleRequest(restoreDraftAfterLoad, async (_request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { restored: false };
    // As before: a page where the panel cannot open keeps the draft for the next click, silently.
    return { restored: await restoreAfterLoad(tabId, sender.tab?.url ?? sender.url).catch(() => false) };
  });
  registerRestoreLifecycle();
}

function registerHandlers(): void {
  handleStream(writeInStream, async function* (start, { signal, sender }) {
    const requester = { tabId: sender.tab?.id, frameId: sender.frameId };
    await sessionFor(start.sessionId, requester);
    const { settings } = await loadSettings();
    const request = { draft: start.draft, selectionOnly: start.selectionOnly, hints: start.hints, chosenTarget: start.targetLanguage };
    const plan = await planWriteIn(request, settings.languages);
    const save = async (saved: NonNullable<ComposeSession['saved']>) => {
      await updateSession(start.sessionId, (session) => ({ ...session, locator: start.locator, saved, replaced: false }));
      // Best effort: without the starter the draft still comes back at the next reload or click.
      if (requester.tabId !== undefined) await addRestoreStarterTo(requester.tabId).catch(() => undefined);
    };
    yield* runWriteIn(request, plan, providerForRequest, save, signal, settings.wording);
  });
  handleRequest(adoptDraft, async ({ sessionId, fromSessionId }, sender) => {
    const session = await sessionFor(sessionId, { tabId: sender.tab?.id, frameId: sender.frameId });
    const [older] = (await openDraftsOfTab(session.tabId, session.pageUrl)).filter((candidate) => candidate.id === fromSessionId);
    if (!older) throw parleyError('not-allowed', t('composeExpired'));
    await updateSession(sessionId, (current) => ({ ...current, locator: older.locator, saved: older.saved }));
    await removeSession(older.id);
    return {};
  });
  handleRequest(markDraftReplaced, async ({ sessionId, replaced }, sender) => {
    await sessionFor(sessionId, { tabId: sender.tab?.id, frameId: sender.frameId });
    await updateSession(sessionId, (session) => ({ ...session, replaced }));
    return {};
  });
  handleRequest(discardDraft, async ({ sessionId }, sender) => {
    await sessionFor(sessionId, { tabId: sender.tab?.id, frameId: sender.frameId });
    await removeSession(sessionId);
    return {};
  });
}

/** "Write in …": menu, shortcut, restore after reloads, the panel's stream; and the reply panel's "Write my own". */
export function registerCompose(): void {
  registerEntryPoints();
  registerHandlers();
  registerOwnReply();
}
