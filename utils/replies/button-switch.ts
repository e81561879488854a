import { browser, type Browser } from 'wxt/browser';
import { syncPageLoadScript, type PageLoadScript } from '../scripting/registered-script';
import type { FeatureSwitches } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { WEBMAIL_MATCHES } from '../webmail/hosts';
import { REPLIES_OFF_SCRIPT_FILE, REPLIES_OFF_SCRIPT_ID, type RepliesSwitchScope } from './button-switch-protocol';

/**
 * The reply button follows the replies switch. The webmail script is declared in the manifest and
 * runs on every webmail load, where it can read no setting (storage is the background's, and a
 * message would wake the worker at every load); so while replies are switched off, the background
 * registers a one-line marker script before it (entrypoints/webmail-replies-off.ts), and the
 * webmail script then places nothing. Open pages get the change at once.
 */
const REPLIES_OFF_SCRIPT: PageLoadScript = { id: REPLIES_OFF_SCRIPT_ID, file: REPLIES_OFF_SCRIPT_FILE, persistAcrossSessions: true, runAt: 'document_start' };

/** Where the marker runs: every webmail host while replies are off, nowhere while they are on. */
export function repliesOffMatches(features: FeatureSwitches): string[] {
  return features.replies ? [] : [...WEBMAIL_MATCHES];
}

async function repliesOff(): Promise<boolean> {
  return !(await loadSettings()).settings.features.replies;
}

/** Serialised by executeScript into an open webmail page's isolated world. */
function applyRepliesSwitch(off: boolean): void {
  const scope = globalThis as RepliesSwitchScope;
  scope.parleyRepliesOff = off;
  scope.parleyReplyButtons?.refresh();
}

/** Open webmail pages take the switch now: their buttons go, or come back, without a reload. */
async function applyToOpenWebmailTabs(off: boolean): Promise<void> {
  const tabs = await browser.tabs.query({ url: WEBMAIL_MATCHES });
  await Promise.all(
    tabs.map((tab) =>
      // A discarded or closing tab, or an error page, runs the registered marker (or not) at its next load.
      tab.id === undefined || tab.discarded ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id }, func: applyRepliesSwitch, args: [off] }).catch(() => undefined),
    ),
  );
}

function syncRepliesOffScript(): Promise<void> {
  return syncPageLoadScript(REPLIES_OFF_SCRIPT, async () => repliesOffMatches((await loadSettings()).settings.features));
}

type StoredSettings = { features?: { replies?: unknown } } | undefined;

function repliesSwitchChanged(change: Browser.storage.StorageChange): boolean {
  return (change.oldValue as StoredSettings)?.features?.replies !== (change.newValue as StoredSettings)?.features?.replies;
}

/**
 * Keeps the marker's registration right: after an install or update (which drops registered
 * scripts, and re-runs the webmail script in open tabs), at browser start, and when the switch
 * changes (the options page, a restored backup, an organisation's policy).
 */
export function registerRepliesSwitch(): void {
  const sync = async (openTabsToo: boolean) => {
    await syncRepliesOffScript();
    if (openTabsToo) await applyToOpenWebmailTabs(await repliesOff());
  };
  const report = (error: unknown) => console.warn('Parley: could not apply the replies switch', error instanceof Error ? error.message : 'unknown error');
  browser.runtime.onInstalled.addListener(() => void sync(true).catch(report));
  browser.runtime.onStartup.addListener(() => void sync(false).catch(report));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && changes.settings && repliesSwitchChanged(changes.settings))) void sync(true).catch(report);
  });
}
