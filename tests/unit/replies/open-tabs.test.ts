import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectIntoOpenWebmailTabs, registerOpenTabsInjection } from '../../../utils/replies/open-tabs';
import { WEBMAIL_MATCHES } from '../../../utils/webmail/hosts';

// The file the manifest declares, spelled out: the injection must name that same built file.

const gmail = (id: number, extra: Partial<Browser.tabs.Tab> = {}) => ({ id, url: 'https://mail.google.com/mail/u/0/#inbox', discarded: false, ...extra }) as Browser.tabs.Tab;

/** The open tabs `tabs.query` answers with (its typings name the callback form first). */
function stubOpenTabs(tabs: Browser.tabs.Tab[]) {
  return vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => Promise.resolve(tabs)) as typeof fakeBrowser.tabs.query);
}

function spyOnInjection(failingTabId?: number) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    if (injection.target.tabId === failingTabId) throw new Error('Cannot access contents of the page.');
    return [];
  });
}

describe('the reply button in webmail tabs already open when Parley is installed or updated', () => {
  it('is added by injecting the always-on script into each open, loaded webmail tab', async () => {
    const query = stubOpenTabs([gmail(1), gmail(2, { discarded: true }), gmail(3)]);
    const inject = spyOnInjection(1);
    await injectIntoOpenWebmailTabs();
    expect(query).toHaveBeenCalledWith({ url: WEBMAIL_MATCHES });
    // Tab 1 refuses (closing, or an error page); tab 3 still gets the script; the discarded tab 2 loads it itself.
    expect(inject.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: 1 }, files: ['/webmail.js'] },
      { target: { tabId: 3 }, files: ['/webmail.js'] },
    ]);
  });

  it('happens after an install or an update of Parley, not after a browser update', async () => {
    stubOpenTabs([gmail(5)]);
    const inject = spyOnInjection();
    registerOpenTabsInjection();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update', previousVersion: undefined, id: undefined } as unknown as Browser.runtime.InstalledDetails);
    expect(inject).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' } as Browser.runtime.InstalledDetails);
    await vi.waitFor(() => expect(inject).toHaveBeenCalledTimes(1));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as Browser.runtime.InstalledDetails);
    await vi.waitFor(() => expect(inject).toHaveBeenCalledTimes(2));
  });
});
