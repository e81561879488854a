import { browser } from 'wxt/browser';
import { ASK_SELECTION_MENU_ID, OPEN_PANEL_MENU_ID } from '../chat/background';
import { MENU_TRANSLATE_PAGE } from '../page-translate/background';
import { REPLIES_MENU_ID } from '../replies/background';
import type { FeatureSwitches } from '../settings/schema';
import { loadSettings } from '../settings/store';

/** The menu items of each feature that can be switched off (by the user or an organisation's policy). */
export const FEATURE_MENUS: Record<Exclude<keyof FeatureSwitches, 'onDevice'>, string[]> = {
  chat: [ASK_SELECTION_MENU_ID, OPEN_PANEL_MENU_ID],
  replies: [REPLIES_MENU_ID],
  pageTranslate: [MENU_TRANSLATE_PAGE],
};

/** Shows each feature's menu items only while the feature is on: an item that only answers "turned off" is noise. */
export async function syncFeatureMenus(): Promise<void> {
  const { settings } = await loadSettings();
  const updates = Object.entries(FEATURE_MENUS).flatMap(([feature, ids]) =>
    ids.map((id) => browser.contextMenus.update(id, { visible: settings.features[feature as keyof typeof FEATURE_MENUS] })),
  );
  // An item not created yet (its flow creates it on install) gets its visibility at the next sync.
  await Promise.allSettled(updates);
}

export function registerFeatureMenus(): void {
  const sync = () => void syncFeatureMenus().catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local' || area === 'managed') sync();
  });
}
