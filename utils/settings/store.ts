import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { migrateSettings, type LoadedSettings } from './migrations';
import type { Settings } from './schema';

/**
 * Settings live in storage.local, which the background restricts to trusted contexts
 * (see secrets.ts): extension pages read them here, content scripts ask the background.
 */
const settingsItem = storage.defineItem<unknown>('local:settings');

export async function loadSettings(): Promise<LoadedSettings> {
  return migrateSettings(await settingsItem.getValue(), browser.i18n.getUILanguage());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((raw) => onChange(migrateSettings(raw, browser.i18n.getUILanguage())));
}
