import { browser, type Browser } from 'wxt/browser';
import { loadSettings } from '../settings/store';
import { addStarterToOpenPage, matchPattern, syncPageLoadScript, type PageLoadScript } from '../scripting/registered-script';
import { ALWAYS_SCRIPT_FILE, ALWAYS_SCRIPT_ID } from './always-protocol';
import { originPattern } from '../settings/host-access';

/**
 * The pages the "Always translate" starter runs on: each site with the rule whose access the
 * browser still grants (the user can take it back in the browser's own settings).
 */
export async function alwaysTranslateMatches(sites: readonly string[], isGranted: (pattern: string) => Promise<boolean>, isFirefox: boolean = import.meta.env.FIREFOX): Promise<string[]> {
  const matches = new Set<string>();
  for (const site of sites) {
    const url = URL.canParse(site) ? new URL(site) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    if (await isGranted(originPattern(url.origin, isFirefox))) matches.add(matchPattern(url, '/*', isFirefox));
  }
  return [...matches];
}

async function wantedMatches(): Promise<string[]> {
  const { settings } = await loadSettings();
  if (!settings.features.pageTranslate) return [];
  return alwaysTranslateMatches(settings.pageTranslate.alwaysSites, (pattern) => browser.permissions.contains({ origins: [pattern] }));
}

/** The rules are kept settings: the registration outlives a browser restart too. */
const ALWAYS_SCRIPT: PageLoadScript = { id: ALWAYS_SCRIPT_ID, file: ALWAYS_SCRIPT_FILE, persistAcrossSessions: true };

export function syncAlwaysTranslateScript(): Promise<void> {
  return syncPageLoadScript(ALWAYS_SCRIPT, wantedMatches);
}

type StoredSettings = { pageTranslate?: { alwaysSites?: unknown }; features?: { pageTranslate?: unknown } } | undefined;

/** A site just set to "Always": its open pages get the starter now, for their next same-document views. */
export async function addAlwaysStarterToOpenPages(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: matchPattern(new URL(origin), '/*') });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : addStarterToOpenPage(tab.id, ALWAYS_SCRIPT).catch(() => undefined))));
}

/** Most saves change other settings: only the rules and the feature switch matter here. */
function alwaysRulesChanged(change: Browser.storage.StorageChange): boolean {
  const relevant = (value: unknown) => JSON.stringify([(value as StoredSettings)?.pageTranslate?.alwaysSites, (value as StoredSettings)?.features?.pageTranslate]);
  return relevant(change.oldValue) !== relevant(change.newValue);
}

/**
 * Keeps the registration right: after an install or update (which drops registered scripts), at
 * browser start, when a grant comes or goes, and when the rules or the feature switch change
 * (the popup, the options page, a restored backup, an organisation's policy).
 */
export function registerAlwaysTranslateLifecycle(): void {
  const sync = () => void syncAlwaysTranslateScript();
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && changes.settings && alwaysRulesChanged(changes.settings))) sync();
  });
}
