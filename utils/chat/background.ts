import { browser, type Browser } from 'wxt/browser';
import { handleRequest } from '../messaging/request-router';
import { handleStream } from '../messaging/stream-router';
import { providerFor } from '../providers/registry';
import { loadSettings } from '../settings/store';
import { generateChatAnswer, isGenerating, stopGeneration } from './generate';
import { readSelectionInPage } from './in-page';
import { attachQuote } from './attach-quote';
import {
  chatAttachQuote,
  chatDeleteConversation,
  chatDeletePreset,
  chatGenerate,
  chatListModels,
  chatRecoverInterrupted,
  chatSaveDraft,
  chatSavePreset,
  chatSetCurrent,
  chatSetDraftContext,
  chatStop,
  chatUpdateConversation,
} from './messages';
import { pruneChatHistory } from './retention';
import { MAX_RAW_QUOTE_CHARS, type PageQuote } from './schema';
import { openChatPanel } from './side-panel';
import {
  currentDraftKey,
  deleteConversation,
  deletePreset,
  markInterruptedMessages,
  savePreset,
  saveDraftText,
  setCurrentConversation,
  setDraftContext,
  updateConversation,
} from './store';
import { t } from '../i18n/t';

export const ASK_SELECTION_MENU_ID = 'parley-chat-ask-selection';
export const OPEN_PANEL_MENU_ID = 'parley-chat-open-panel';
export const OPEN_PANEL_COMMAND = 'open-side-panel';

async function selectionQuote(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<PageQuote | null> {
  let text = info.selectionText ?? '';
  let title = tab?.title ?? '';
  let url = info.frameUrl ?? info.pageUrl ?? tab?.url ?? '';
  // The menu's selectionText loses line breaks; the page's own selection keeps them when we may read it.
  if (tab?.id !== undefined) {
    try {
      const [result] = await browser.scripting.executeScript({
        target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
        func: readSelectionInPage,
      });
      const read = result?.result;
      if (read && read.text.trim()) ({ text, title, url } = read);
    } catch {
      // A page scripts may not run in: the menu's own copy of the selection serves.
    }
  }
  if (!text.trim()) return null;
  return { kind: 'selection', title: title.slice(0, 500), url: url.slice(0, 4000), text: text.slice(0, MAX_RAW_QUOTE_CHARS) };
}

/** Context-menu click: open the panel inside the gesture, then put the selection into the chat input. */
export function onChatMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): void {
  if (info.menuItemId !== ASK_SELECTION_MENU_ID && info.menuItemId !== OPEN_PANEL_MENU_ID) return;
  openChatPanel(tab);
  if (info.menuItemId !== ASK_SELECTION_MENU_ID) return;
  void (async () => {
    const quote = await selectionQuote(info, tab);
    if (quote) await attachQuote(await currentDraftKey(), quote);
  })().catch((error: unknown) => console.error('Parley: could not add the selection to the chat', error instanceof Error ? error.message : 'unknown error'));
}

export function onChatCommand(command: string, tab?: Browser.tabs.Tab): void {
  if (command === OPEN_PANEL_COMMAND) openChatPanel(tab);
}

function createMenus(): void {
  const report = () => {
    // Reading lastError marks it handled: an item that already exists (an update) is fine.
    void browser.runtime.lastError;
  };
  browser.contextMenus.create(
    { id: ASK_SELECTION_MENU_ID, title: t('chatMenuAskSelection'), contexts: ['selection'] },
    report,
  );
  browser.contextMenus.create(
    {
      id: OPEN_PANEL_MENU_ID,
      title: t('chatMenuOpenPanel'),
      // Firefox MV2 names the toolbar button's menu browser_action.
      contexts: [import.meta.env.FIREFOX ? 'browser_action' : 'action'] as Browser.contextMenus.CreateProperties['contexts'],
    },
    report,
  );
}

function registerRequests(): void {
  handleRequest(chatStop, async ({ conversationId }) => {
    stopGeneration(conversationId);
    return {};
  });
  handleRequest(chatUpdateConversation, async ({ id, ...patch }) => {
    await updateConversation(id, patch);
    return {};
  });
  handleRequest(chatDeleteConversation, async ({ id }) => {
    stopGeneration(id);
    await deleteConversation(id);
    return {};
  });
  handleRequest(chatSetCurrent, async ({ conversationId }) => {
    await setCurrentConversation(conversationId);
    return {};
  });
  handleRequest(chatSaveDraft, async ({ key, text }) => {
    await saveDraftText(key, text);
    return {};
  });
  handleRequest(chatSetDraftContext, async ({ key, context }) => {
    await setDraftContext(key, context);
    return {};
  });
  handleRequest(chatAttachQuote, async ({ key, quote }) => ({ context: await attachQuote(key, quote) }));
  handleRequest(chatSavePreset, (preset) => savePreset(preset));
  handleRequest(chatDeletePreset, async ({ id }) => {
    await deletePreset(id);
    return {};
  });
  handleRequest(chatListModels, async () => {
    const { settings } = await loadSettings();
    const provider = await providerFor('chat');
    const models = await provider.listModels(AbortSignal.timeout(settings.request.timeoutSeconds * 1000));
    return { models, defaultModel: settings.provider.model };
  });
}

/**
 * The chat's checks after a worker start wait this long, unless the chat is used first: the event
 * that started the worker (most often a click to translate) is answered before them, not beside them.
 */
const CHAT_CHECKS_DELAY_MS = 2_000;

/** The chat's background side: the store's writes, the answer stream, the side panel's openers. */
export function registerChat(): void {
  let checked: Promise<void> | undefined;
  // Before any new answer is written: whatever was streaming when the worker died is marked interrupted.
  const ready = () => {
    checked ??= markInterruptedMessages().catch((error: unknown) => {
      console.error('Parley: could not check interrupted chat answers', error instanceof Error ? error.message : 'unknown error');
    });
    return checked;
  };
  // At every worker start (the worker stops after ~30 s idle, so often), when nothing is being written.
  setTimeout(() => {
    void ready().then(() =>
      pruneChatHistory().catch((error: unknown) => {
        console.error('Parley: could not apply the chat history limit', error instanceof Error ? error.message : 'unknown error');
      }),
    );
  }, CHAT_CHECKS_DELAY_MS);
  handleStream(chatGenerate, (start, { signal }) => generateChatAnswer(start, signal, ready()));
  handleRequest(chatRecoverInterrupted, async () => {
    await ready();
    await markInterruptedMessages(isGenerating);
    return {};
  });
  registerRequests();
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener(onChatMenuClicked);
  browser.commands.onCommand.addListener(onChatCommand);
}
