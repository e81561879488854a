import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { ASK_SELECTION_MENU_ID, OPEN_PANEL_COMMAND, OPEN_PANEL_MENU_ID, onChatCommand, onChatMenuClicked } from '../../../utils/chat/background';
import { getDraft } from '../../../utils/chat/queries';
import { NEW_CHAT_KEY } from '../../../utils/chat/schema';
import { tokenizerTableJson } from '../../../utils/chat/tokenizer-table';

const tab = { id: 7, windowId: 3, index: 0, title: 'Quarterly report', url: 'https://example.org/report' } as Browser.tabs.Tab;

function spyOnOpen() {
  // Resolves later, like the real API: only the call itself must happen inside the gesture.
  return vi.spyOn(fakeBrowser.sidePanel, 'open').mockImplementation(() => Promise.resolve());
}

describe('opening the side panel inside the user gesture', () => {
  it('the context-menu listener calls sidePanel.open in the same tick, before any await', () => {
    const open = spyOnOpen();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    const info = { menuItemId: ASK_SELECTION_MENU_ID, selectionText: 'Net revenue rose 12 %.', pageUrl: tab.url, editable: false, frameId: 0 };
    onChatMenuClicked(info as Browser.contextMenus.OnClickData, tab);
    // Checked synchronously after the listener returns: no microtask has run yet.
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('the toolbar-menu item opens the panel synchronously too', () => {
    const open = spyOnOpen();
    onChatMenuClicked({ menuItemId: OPEN_PANEL_MENU_ID, editable: false, pageUrl: tab.url } as Browser.contextMenus.OnClickData, tab);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('the keyboard shortcut opens the panel synchronously', () => {
    const open = spyOnOpen();
    onChatCommand(OPEN_PANEL_COMMAND, tab);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('ignores other menu items and commands', () => {
    const open = spyOnOpen();
    onChatMenuClicked({ menuItemId: 'someone-elses-item', editable: false, pageUrl: tab.url } as Browser.contextMenus.OnClickData, tab);
    onChatCommand('translate-selection', tab);
    expect(open).not.toHaveBeenCalled();
  });

  it('puts the selection into the chat input as quoted context', async () => {
    // The quote is fitted with the chat's token estimator, whose table the background fetches from its own package.
    vi.stubGlobal('fetch', async () => new Response(tokenizerTableJson(), { headers: { 'content-type': 'application/json' } }));
    onTestFinished(() => void vi.unstubAllGlobals());
    spyOnOpen();
    // The quote is fitted to the model in the settings, which are read in the UI's language.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    const info = { menuItemId: ASK_SELECTION_MENU_ID, selectionText: 'Net revenue rose 12 %.', pageUrl: tab.url, editable: false, frameId: 0 };
    onChatMenuClicked(info as Browser.contextMenus.OnClickData, tab);
    await vi.waitFor(async () => expect((await getDraft(NEW_CHAT_KEY))?.context).toBeDefined());
    expect((await getDraft(NEW_CHAT_KEY))?.context).toEqual({
      kind: 'selection',
      title: 'Quarterly report',
      url: 'https://example.org/report',
      text: 'Net revenue rose 12 %.',
      truncated: false,
    });
  });
});
