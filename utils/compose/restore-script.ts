import { browser } from 'wxt/browser';
import { addStarterToOpenPage, matchPattern, syncPageLoadScript, type PageLoadScript } from '../scripting/registered-script';
import { RESTORE_SCRIPT_FILE, RESTORE_SCRIPT_ID } from './restore-protocol';
import { openDrafts, type ComposeSession } from './session-store';

/**
 * The pages the restore starter runs on: each page with an unsent draft, whatever its #fragment
 * or query (match patterns see neither reliably in both browsers); the background then compares
 * the whole address and the tab. Only http(s) pages: that is where registered scripts run.
 */
export function draftPageMatches(drafts: readonly Pick<ComposeSession, 'pageUrl'>[], isFirefox?: boolean): string[] {
  const matches = new Set<string>();
  for (const { pageUrl } of drafts) {
    const url = URL.canParse(pageUrl) ? new URL(pageUrl) : undefined;
    if (url && /^https?:$/.test(url.protocol)) matches.add(matchPattern(url, `${url.pathname}*`, isFirefox));
  }
  return [...matches];
}

/** Drafts live in session storage, which the browser empties when it closes: so does the registration. */
const RESTORE_SCRIPT: PageLoadScript = { id: RESTORE_SCRIPT_ID, file: RESTORE_SCRIPT_FILE, persistAcrossSessions: false };

export function syncRestoreScript(): Promise<void> {
  return syncPageLoadScript(RESTORE_SCRIPT, async () => draftPageMatches(await openDrafts()));
}

/** The page the draft was just saved in gets the starter now, for its next views (a webmail's other thread and back). */
export function addRestoreStarterTo(tabId: number): Promise<void> {
  return addStarterToOpenPage(tabId, RESTORE_SCRIPT);
}

/**
 * Registered while a draft waits, and gone once the last one is replaced, discarded or pruned:
 * every change of the drafts goes through session storage, so that is what is watched (only the
 * background writes there, so this wakes nothing). After an update, which drops registered
 * scripts, the drafts are still there until the browser closes: register them again.
 */
export function registerRestoreLifecycle(): void {
  const sync = () => void syncRestoreScript();
  browser.runtime.onInstalled.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && changes.composeSessions) sync();
  });
}
