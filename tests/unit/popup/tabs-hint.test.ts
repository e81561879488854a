// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readTabsHint, writeTabsHint } from '../../../components/popup/tabs-hint';

beforeEach(() => localStorage.clear());

describe('the tabs the popup last showed', () => {
  it('are read back as written, so the next popup draws them before the settings arrive', () => {
    writeTabsHint({ tabIds: ['translate', 'replies'], managedLocks: true });
    expect(readTabsHint()).toEqual({ tabIds: ['translate', 'replies'], managedLocks: true });
  });

  it('are unknown the first time and when the stored value is not one Parley wrote', () => {
    expect(readTabsHint()).toBeUndefined();
    localStorage.setItem('parley.popupTabs', '{"tabIds":"chat"}');
    expect(readTabsHint()).toBeUndefined();
    localStorage.setItem('parley.popupTabs', 'not json');
    expect(readTabsHint()).toBeUndefined();
  });
});
