import { describe, expect, it } from 'vitest';
import { createSession, openDraftsOfTab, pageKey, sessionFor, updateSession } from '../../../utils/compose/session-store';

const SAVED = { draft: 'Hello', selectionOnly: false, draftLanguage: 'en' as const, targetLanguage: 'fr' as const, backLanguage: 'en' as const, translation: 'Bonjour', backTranslation: 'Hello' };

describe('the compose session store', () => {
  it('lets only the tab and frame of the click use a session', async () => {
    const session = await createSession({ tabId: 4, frameId: 2, pageUrl: 'https://example.org/', adapter: 'generic' });
    await expect(sessionFor(session.id, { tabId: 4, frameId: 2 })).resolves.toMatchObject({ id: session.id });
    await expect(sessionFor(session.id, { tabId: 5, frameId: 2 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
    await expect(sessionFor(session.id, { tabId: 4, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });

  it('gives back a tab’s unsent drafts on the same page (fragment included), and not replaced ones', async () => {
    const page = pageKey('https://mail.example.org/inbox#thread-1');
    const older = await createSession({ tabId: 1, frameId: 0, pageUrl: page, adapter: 'generic' });
    const replaced = await createSession({ tabId: 1, frameId: 0, pageUrl: page, adapter: 'generic' });
    const otherPage = await createSession({ tabId: 1, frameId: 0, pageUrl: 'https://mail.example.org/other', adapter: 'generic' });
    const empty = await createSession({ tabId: 1, frameId: 0, pageUrl: page, adapter: 'generic' });
    for (const session of [older, replaced, otherPage]) await updateSession(session.id, (current) => ({ ...current, locator: ['#body'], saved: SAVED }));
    await updateSession(replaced.id, (current) => ({ ...current, replaced: true }));
    const drafts = await openDraftsOfTab(1, pageKey('https://mail.example.org/inbox#thread-1'));
    // Another thread of the same webmail is another page: its reply box must not get this draft.
    expect(await openDraftsOfTab(1, pageKey('https://mail.example.org/inbox#thread-2'))).toEqual([]);
    expect(drafts.map((session) => session.id)).toEqual([older.id]);
    expect(drafts.map((session) => session.id)).not.toContain(empty.id);
  });
});
