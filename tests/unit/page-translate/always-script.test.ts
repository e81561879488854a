import { describe, expect, it } from 'vitest';
import { alwaysTranslateMatches } from '../../../utils/page-translate/always-script';

const grantedOnly = (granted: string[]) => async (pattern: string) => granted.includes(pattern);

describe('the pages "Always translate" runs on', () => {
  it('are the sites with the rule whose access is granted, and no other', async () => {
    const sites = ['https://www.lemonde.fr', 'https://elpais.com', 'http://127.0.0.1:4173'];
    const matches = await alwaysTranslateMatches(sites, grantedOnly(['https://www.lemonde.fr/*', 'http://127.0.0.1:4173/*']), false);
    expect(matches).toEqual(['https://www.lemonde.fr/*', 'http://127.0.0.1:4173/*']);
  });

  it('are none when the access to every such site was taken back', async () => {
    expect(await alwaysTranslateMatches(['https://www.lemonde.fr', 'https://elpais.com'], grantedOnly([]), false)).toEqual([]);
  });

  it('skip what is no web origin (a hand-edited backup), without asking for its access', async () => {
    const asked: string[] = [];
    const matches = await alwaysTranslateMatches(['file:///home/ana/notes.html', 'not a url', 'https://elpais.com'], async (pattern) => (asked.push(pattern), true), false);
    expect(matches).toEqual(['https://elpais.com/*']);
    expect(asked).toEqual(['https://elpais.com/*']);
  });

  it('in Firefox, cover each host once whatever the ports (its patterns take no port)', async () => {
    const matches = await alwaysTranslateMatches(['http://127.0.0.1:4173', 'http://127.0.0.1:5173'], async () => true, true);
    expect(matches).toEqual(['http://127.0.0.1/*']);
  });

  it('in Firefox, ask for the port-less access the popup obtained (a pattern with a port is never granted there)', async () => {
    const matches = await alwaysTranslateMatches(['http://127.0.0.1:4173'], grantedOnly(['http://127.0.0.1/*']), true);
    expect(matches).toEqual(['http://127.0.0.1/*']);
  });
});
