import { Suspense, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { afterFirstPaint } from '../ui/after-first-paint';
import { localisePage } from '../ui/localise-page';
import { POPUP_TABS } from './tabs';
import { useEnabledTabs } from './useEnabledTabs';
import { moveBetweenTabs } from './tab-keys';
import { useEscCloses } from './useEscCloses';
import { t } from '../../utils/i18n/t';

/** `#translate` opens that tab; so does a tab that has something waiting for the user. */
function tabFromHash(): string | undefined {
  const id = location.hash.slice(1);
  return POPUP_TABS.some((tab) => tab.id === id) ? id : undefined;
}

/** Shared by the toolbar popup and the side panel: same tabs, same state in storage. */
export function PopupShell({ surface }: { surface: 'popup' | 'sidepanel' }) {
  const [chosen, setActive] = useState(tabFromHash);
  const [claimed, setClaimed] = useState<string>();
  const { tabs, managedLocks, settingsRead } = useEnabledTabs();
  const isEnabled = (id: string | undefined) => tabs.some((tab) => tab.id === id);
  const active = [chosen, claimed].find(isEnabled) ?? tabs[0]?.id;

  useEffect(() => localisePage(), []);
  useEscCloses(surface === 'sidepanel');

  useEffect(() => {
    if (tabFromHash()) return;
    let cancelled = false;
    void (async () => {
      await afterFirstPaint();
      for (const tab of POPUP_TABS) {
        if (tab.claimsFocus && (await tab.claimsFocus().catch(() => false))) {
          if (!cancelled) setClaimed(tab.id);
          return;
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  const current = tabs.find((tab) => tab.id === active);
  return (
    <main className={`shell shell-${surface}`}>
      <h1 className="visually-hidden">{t('popupHeading')}</h1>
      <header className="shell-header">
        <nav role="tablist" aria-label={t('popupTabsLabel')} aria-busy={!settingsRead} onKeyDown={(event) => moveBetweenTabs(event, active, setActive, tabs)}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={tab.id === active}
              aria-controls={`panel-${tab.id}`}
              tabIndex={tab.id === active ? 0 : -1}
              onClick={() => setActive(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </nav>
        <button type="button" className="settings-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
        {managedLocks && (
          <span className="muted org-badge" data-testid="popup-managed">
            {t('managedPopupNote')}
          </span>
        )}
      </header>
      {current && (
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="shell-panel">
          <Suspense fallback={null}>{current.render(settingsRead)}</Suspense>
        </div>
      )}
    </main>
  );
}
