import PQueue from 'p-queue';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { applyPolicy, enforceLocks, userOverrides } from '../managed/apply';
import { SETTING_KEYS, type SettingKey } from '../managed/fields';
import { readManagedPolicy } from '../managed/read';
import { managedView, type ManagedView } from '../managed/view';
import { forgetStorageReads, memoUntilStorageChanges } from '../background/storage-memo';
import { migrateSettings, type LoadedSettings } from './migrations';
import type { Settings } from './schema';

/**
 * Settings live in storage.local, which the background restricts to trusted contexts
 * (see secrets.ts): extension pages read them here, content scripts ask the background.
 */
const settingsItem = storage.defineItem<unknown>('local:settings');
/** The organisation's unlocked defaults the user replaced with a value of their own (utils/managed/). */
const overridesItem = storage.defineItem<unknown>('local:managedOverrides');

export interface EffectiveSettings extends LoadedSettings {
  managed: ManagedView;
}

async function readOverrides(): Promise<SettingKey[]> {
  const raw = await overridesItem.getValue();
  return Array.isArray(raw) ? SETTING_KEYS.filter((key) => raw.includes(key)) : [];
}

async function loadStored(): Promise<LoadedSettings> {
  return migrateSettings(await settingsItem.getValue(), browser.i18n.getUILanguage());
}

async function readEffectiveSettings(): Promise<EffectiveSettings> {
  const [stored, { policy, problems }, overridden] = await Promise.all([loadStored(), readManagedPolicy(), readOverrides()]);
  return { ...stored, settings: applyPolicy(stored.settings, policy, overridden), managed: managedView(policy, problems) };
}

/** The settings Parley runs with: what the user saved, under the organisation's policy. */
export const loadSettings: () => Promise<EffectiveSettings> = memoUntilStorageChanges(readEffectiveSettings);

/** This context's writes, one after another: each change starts from what the one before wrote. */
const writes = new PQueue({ concurrency: 1 });
const inTurn = <T>(write: () => Promise<T>): Promise<T> => writes.add(write);

async function writeSettings(settings: Settings): Promise<Settings> {
  const [previous, { policy }] = await Promise.all([loadStored(), readManagedPolicy()]);
  const allowed = enforceLocks(settings, previous.settings, policy);
  await overridesItem.setValue(userOverrides(allowed, policy));
  await settingsItem.setValue(allowed);
  forgetStorageReads();
  return allowed;
}

/** Saves what the user chose; locked values stay the organisation's whatever the caller sends. */
export function saveSettings(settings: Settings): Promise<Settings> {
  return inTurn(() => writeSettings(settings));
}

/**
 * Changes part of the settings: `change` gets them as stored now (never a remembered copy) and
 * returns the new ones, or undefined for no change. Two changes in quick succession (the popup's
 * display and style pickers) both land.
 */
export function updateSettings(change: (settings: Settings) => Settings | undefined): Promise<Settings> {
  return inTurn(async () => {
    const { settings } = await readEffectiveSettings();
    const changed = change(settings);
    return changed ? writeSettings(changed) : settings;
  });
}

export function watchSettings(onChange: (loaded: EffectiveSettings) => void): () => void {
  return settingsItem.watch(() => void loadSettings().then(onChange));
}
