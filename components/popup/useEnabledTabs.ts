import { useEffect, useState } from 'react';
import { sendRequest } from '../../utils/messaging/request-client';
import { getSettings } from '../../utils/settings/messages';
import { POPUP_TABS, type PopupTab } from './tabs';

export interface EnabledTabs {
  /** Undefined until the settings are read: a turned-off tab must not flash in. */
  tabs: PopupTab[] | undefined;
  /** The organisation locked something: the popup says so once. */
  managedLocks: boolean;
}

/** The popup's tabs without the flows the settings (or the organisation's policy) turned off. */
export function useEnabledTabs(): EnabledTabs {
  const [state, setState] = useState<EnabledTabs>({ tabs: undefined, managedLocks: false });
  useEffect(() => {
    sendRequest(getSettings, {}).then(
      ({ settings, managed }) =>
        setState({ tabs: POPUP_TABS.filter((tab) => !tab.feature || settings.features[tab.feature]), managedLocks: managed.locked.length > 0 }),
      // Settings unreadable: every tab, each of which shows its own error when used.
      () => setState({ tabs: POPUP_TABS, managedLocks: false }),
    );
  }, []);
  return state;
}
