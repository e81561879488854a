import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSession, forgetSessionsOfClosedTabs, openDrafts, openDraftsOfTab, pageKey, sessionFor, updateSession } from '../../../utils/compose/session-store';

const SAVED = { draft: 'Hello', selectionOnly: false, draftLanguage: 'en' as const, targetLanguage: 'fr' as const, backLanguage: 'en' as const, translation: 'Bonjour', backTranslation: 'Hello' };

/** A tab open in the (fake) browser: sessions of tabs that are not open are pruned on writes. */
async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('The fake browser gave the tab no id.');
  return tab.id;
}

describe('the compose session store', () => {
  it('lets only the tab and frame of the click use a session', async () => {
    const tabId = await openTab('https://example.org/');
    const session = await createSession({ tabId, frameId: 2, pageUrl: 'https://example.org/', adapter: 'generic' });
    await expect(sessionFor(session.id, { tabId, frameId: 2 })).resolves.toMatchObject({ id: session.id });
    await expect(sessionFor(session.id, { tabId: tabId + 1, frameId: 2 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
    await expect(sessionFor(session.id, { tabId, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });

  it('gives back a tab’s unsent drafts on the same page (fragment included), and not replaced ones', async () => {
    const page = pageKey('https://mail.example.org/inbox#thread-1');
    const tabId = await openTab(page);
    const older = await createSession({ tabId, frameId: 0, pageUrl: page, adapter: 'generic' });
    const replaced = await createSession({ tabId, frameId: 0, pageUrl: page, adapter: 'generic' });
    const otherPage = await createSession({ tabId, frameId: 0, pageUrl: 'https://mail.example.org/other', adapter: 'generic' });
    const empty = await createSession({ tabId, frameId: 0, pageUrl: page, adapter: 'generic' });
    for (const session of [older, replaced, otherPage]) await updateSession(session.id, (current) => ({ ...current, locator: ['#body'], saved: SAVED }));
    await updateSession(replaced.id, (current) => ({ ...current, replaced: true }));
    const drafts = await openDraftsOfTab(tabId, pageKey('https://mail.example.org/inbox#thread-1'));
    // Another thread of the same webmail is another page: its reply box must not get this draft.
    expect(await openDraftsOfTab(tabId, pageKey('https://mail.example.org/inbox#thread-2'))).toEqual([]);
    expect(drafts.map((session) => session.id)).toEqual([older.id]);
    expect(drafts.map((session) => session.id)).not.toContain(empty.id);
    expect((await openDrafts()).map((session) => session.id).sort()).toEqual([older.id, otherPage.id].sort());
  });

  it('forgets the drafts of a closed tab, at the next new session or when asked, and keeps those of open tabs', async () => {
    const openTabId = await openTab('https://forum.example.org/thread/12');
    const closedTabId = openTabId + 100;
    const kept = await createSession({ tabId: openTabId, frameId: 0, pageUrl: 'https://forum.example.org/thread/12', adapter: 'generic' });
    const gone = await createSession({ tabId: closedTabId, frameId: 0, pageUrl: 'https://forum.example.org/thread/12', adapter: 'generic' });
    for (const session of [kept, gone]) await updateSession(session.id, (current) => ({ ...current, locator: ['#message'], saved: SAVED }));
    expect(await openDrafts()).toHaveLength(2);

    await forgetSessionsOfClosedTabs();
    expect((await openDrafts()).map((session) => session.id)).toEqual([kept.id]);

    const goneAgain = await createSession({ tabId: closedTabId, frameId: 0, pageUrl: 'https://forum.example.org/', adapter: 'generic' });
    await updateSession(goneAgain.id, (current) => ({ ...current, locator: ['#message'], saved: SAVED }));
    await createSession({ tabId: openTabId, frameId: 0, pageUrl: 'https://forum.example.org/thread/12', adapter: 'generic' });
    expect((await openDrafts()).map((session) => session.id)).toEqual([kept.id]);
  });
});
