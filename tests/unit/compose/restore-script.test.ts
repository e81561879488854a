import { describe, expect, it } from 'vitest';
import { draftPageMatches } from '../../../utils/compose/restore-script';

describe('the pages the draft restore starter runs on', () => {
  it('are the pages with a draft, whatever their #fragment or query, each once', () => {
    const drafts = [{ pageUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX' }, { pageUrl: 'https://mail.google.com/mail/u/0/#inbox/KtbxLz' }, { pageUrl: 'http://127.0.0.1:4173/pages/compose/vereinsforum.html?thread=9' }];
    expect(draftPageMatches(drafts, false)).toEqual(['https://mail.google.com/mail/u/0/*', 'http://127.0.0.1:4173/pages/compose/vereinsforum.html*']);
  });

  it('are none without a draft, and never pages where registered scripts cannot run', () => {
    expect(draftPageMatches([], false)).toEqual([]);
    expect(draftPageMatches([{ pageUrl: 'file:///home/ana/brief.html' }, { pageUrl: '' }], false)).toEqual([]);
  });
});
