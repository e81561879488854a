import { browser } from 'wxt/browser';
import { parleyError } from '../errors/parley-error';
import { loadSettings, updateSettings } from '../settings/store';
import { ALL_SITES, SELECT_BUTTON_SCRIPT_FILE, SELECT_BUTTON_SCRIPT_ID } from './select-button-protocol';
import { t } from '../i18n/t';

/**
 * The optional "translate button on every selection": a small script registered for all sites
 * only while the user wants it and has granted all-sites access. The registration is the truth;
 * the saved setting follows it.
 */
async function isRegistered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [SELECT_BUTTON_SCRIPT_ID] });
  return scripts.length > 0;
}

function hasAllSites(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES });
}

async function register(): Promise<void> {
  if (await isRegistered()) return;
  await browser.scripting.registerContentScripts([
    {
      id: SELECT_BUTTON_SCRIPT_ID,
      js: [SELECT_BUTTON_SCRIPT_FILE],
      matches: ALL_SITES,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

async function unregister(): Promise<void> {
  if (await isRegistered()) await browser.scripting.unregisterContentScripts({ ids: [SELECT_BUTTON_SCRIPT_ID] });
}

async function saveChoice(enabled: boolean): Promise<void> {
  await updateSettings((settings) =>
    settings.translate.showButtonOnSelect === enabled ? undefined : { ...settings, translate: { ...settings.translate, showButtonOnSelect: enabled } },
  );
}

export async function selectButtonEnabled(): Promise<boolean> {
  return (await isRegistered()) && (await hasAllSites());
}

/** Turns the button on (only with the permission the options page just obtained) or off. */
export async function setSelectButton(enabled: boolean): Promise<boolean> {
  if (enabled && !(await hasAllSites())) {
    throw parleyError('not-allowed', t('translateSelectButtonNotAllowed'));
  }
  if (enabled) await register();
  else await unregister();
  await saveChoice(enabled);
  return enabled;
}

/**
 * At browser start and after an update (which drops dynamic scripts): registered exactly when the
 * user chose the button and the permission is still there (it can be revoked in the browser's
 * extension page).
 */
async function syncSelectButton(): Promise<void> {
  const { settings } = await loadSettings();
  // The options form saves its whole draft, which may hold an older value of the setting: a
  // script still registered (it survives restarts, not updates) counts as the user's choice too.
  const chosen = settings.translate.showButtonOnSelect || (await isRegistered());
  if (chosen && (await hasAllSites())) {
    await register();
    await saveChoice(true);
  } else {
    await unregister();
    await saveChoice(false);
  }
}

export function registerSelectButtonLifecycle(): void {
  const sync = () => void syncSelectButton().catch((error: unknown) => console.warn('Parley: selection button sync failed', error instanceof Error ? error.message : error));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onRemoved.addListener((removed) => {
    if (!removed.origins?.some((origin) => ALL_SITES.includes(origin))) return;
    void Promise.all([unregister(), saveChoice(false)]).catch(() => undefined);
  });
}
