import type { Page, Worker } from '@playwright/test';
import type { RecordedRequest, Responder } from '../../fixtures/openai-server/server.ts';

export interface ScriptedReply {
  intent: string;
  text: string;
  gloss: string;
}

/** The model's JSON answer, streamed in small pieces so the panel sees it grow. */
export function repliesAnswer(reading: string, replies: ScriptedReply[], translation = ''): Responder {
  return { kind: 'text', text: JSON.stringify({ reading, replies, translation }), chunkSize: 24, delayMs: 15 };
}

export interface SentPrompt {
  system: string;
  user: string;
  /** The thread as the JSON data block of the user message. */
  thread: { subject: string; messages: Array<{ from: string; date: string; text: string }> };
  body: Record<string, unknown>;
}

export function promptOf(request: RecordedRequest | undefined): SentPrompt {
  const body = (request?.body ?? {}) as { messages?: Array<{ role: string; content: string }> } & Record<string, unknown>;
  const system = body.messages?.find((message) => message.role === 'system')?.content ?? '';
  const user = body.messages?.find((message) => message.role === 'user')?.content ?? '';
  const block = /```json\n([\s\S]*?)\n```/.exec(user)?.[1] ?? '{"subject":"","messages":[]}';
  return { system, user, thread: JSON.parse(block), body };
}

/** What the fixture page's own script saw: input events the app's draft model heard, and sends. */
export function fixtureApp(page: Page): Promise<{ sends: number; inputs: string[] }> {
  return page.evaluate(() => (window as unknown as { fixtureApp: { sends: number; inputs: string[] } }).fixtureApp);
}

/** Right-clicking "Suggest replies" on a field, as the browser reports it to the extension. */
export async function clickSuggestRepliesMenu(serviceWorker: Worker, pageUrl: string, frameId: number): Promise<void> {
  await serviceWorker.evaluate(
    async ({ pageUrl, frameId }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      if (!tab) throw new Error(`no tab for ${pageUrl}`);
      const info = { menuItemId: 'parley-suggest-replies', frameId, editable: true, pageUrl } as chrome.contextMenus.OnClickData;
      (chrome.contextMenus.onClicked as unknown as { dispatch: (info: chrome.contextMenus.OnClickData, tab: chrome.tabs.Tab) => void }).dispatch(info, tab);
    },
    { pageUrl, frameId },
  );
}

/** The frame id of the editor's iframe, found the way the extension sees frames. */
export async function editorFrameId(serviceWorker: Worker, pageUrl: string): Promise<number> {
  return serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
    const results = await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: () => document.body?.isContentEditable === true });
    const editor = results.find((result) => result.result === true);
    if (!editor) throw new Error('no editable frame');
    return editor.frameId;
  }, pageUrl);
}

export async function tabIdOf(serviceWorker: Worker, pageUrl: string): Promise<number> {
  return serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
    return tab.id;
  }, pageUrl);
}
