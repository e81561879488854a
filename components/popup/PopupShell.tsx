import { useState } from 'react';
import { browser } from 'wxt/browser';
import { POPUP_TABS } from './tabs';

/** Shared by the toolbar popup and the side panel: same tabs, same state in storage. */
export function PopupShell({ surface }: { surface: 'popup' | 'sidepanel' }) {
  const [active, setActive] = useState(POPUP_TABS[0]?.id);
  const current = POPUP_TABS.find((tab) => tab.id === active);
  return (
    <div className={`shell shell-${surface}`}>
      <header className="shell-header">
        <nav role="tablist" aria-label="Parley">
          {POPUP_TABS.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={tab.id === active}
              aria-controls={`panel-${tab.id}`}
              onClick={() => setActive(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </nav>
        <button type="button" className="settings-link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {current && (
        <main role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="shell-panel">
          {current.render()}
        </main>
      )}
    </div>
  );
}
