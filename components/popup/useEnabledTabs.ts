import { useEffect, useState } from 'react';
import { afterFirstPaint } from '../ui/after-first-paint';
import { POPUP_TABS, type PopupTab } from './tabs';
import { readTabsHint, writeTabsHint } from './tabs-hint';

export interface EnabledTabs {
  tabs: PopupTab[];
  /** The organisation locked something: the popup says so once. */
  managedLocks: boolean;
  /** False while `tabs` are the ones the popup last knew (or every tab, the first time). */
  settingsRead: boolean;
}

function fromHint(): EnabledTabs {
  const hint = readTabsHint();
  if (!hint) return { tabs: POPUP_TABS, managedLocks: false, settingsRead: false };
  return { tabs: POPUP_TABS.filter((tab) => hint.tabIds.includes(tab.id)), managedLocks: hint.managedLocks, settingsRead: false };
}

/**
 * The popup's tabs without the flows the settings (or the organisation's policy) turned off.
 * The tabs last known show at once; the settings, read from the background in parallel (zod and
 * the schemas load with them, after the first paint), then decide.
 */
export function useEnabledTabs(): EnabledTabs {
  const [state, setState] = useState<EnabledTabs>(fromHint);
  useEffect(() => {
    const read = async () => {
      await afterFirstPaint();
      const [{ sendRequest }, { getSettings }] = await Promise.all([import('../../utils/messaging/request-client'), import('../../utils/settings/messages')]);
      return sendRequest(getSettings, {});
    };
    read().then(
      ({ settings, managed }) => {
        const tabs = POPUP_TABS.filter((tab) => !tab.feature || settings.features[tab.feature]);
        const managedLocks = managed.locked.length > 0;
        writeTabsHint({ tabIds: tabs.map((tab) => tab.id), managedLocks });
        setState({ tabs, managedLocks, settingsRead: true });
      },
      // Settings unreadable: every tab, each of which shows its own error when used.
      () => setState({ tabs: POPUP_TABS, managedLocks: false, settingsRead: true }),
    );
  }, []);
  return state;
}
