import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendRequest } from '../../utils/messaging/request-client';
import type { HistoryEntry, PendingTranslation } from '../../utils/translate/messages';
import { getTranslatePopupState } from '../../utils/translate/messages';

/** The tab the popup belongs to: `?tab=` when the popup page was opened in a tab of its own, else the active tab. */
async function currentTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export interface PopupTranslateState {
  tabId: number | undefined;
  pending: PendingTranslation | null;
  history: HistoryEntry[];
}

/**
 * The translation the page handed over (taken once, on open) and the tab's latest translations,
 * reloaded whenever the background records a new one.
 */
export function usePopupTranslateState(onPending: (pending: PendingTranslation, tabId: number | undefined) => void): PopupTranslateState {
  const [state, setState] = useState<PopupTranslateState>({ tabId: undefined, pending: null, history: [] });

  useEffect(() => {
    let tabId: number | undefined;
    const reloadHistory = () => {
      void sendRequest(getTranslatePopupState, { tabId, takePending: false })
        .then(({ history }) => setState((previous) => ({ ...previous, history })))
        .catch(() => undefined);
    };
    void (async () => {
      tabId = await currentTabId();
      const loaded = await sendRequest(getTranslatePopupState, { tabId, takePending: true });
      setState({ tabId, pending: loaded.pending, history: loaded.history });
      if (loaded.pending) onPending(loaded.pending, tabId);
    })().catch(() => undefined);
    const onChanged = (changes: Record<string, unknown>) => {
      if ('translateHistory' in changes) reloadHistory();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
    // Runs once: the pending translation is taken on open; `onPending` is read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return state;
}
