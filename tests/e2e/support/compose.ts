import type { Worker } from '@playwright/test';
import type { RecordedRequest, Responder } from '../../fixtures/openai-server/server.ts';

export const WRITE_IN_MENU = 'parley-write-in';

/** Right-clicking "Write in their language…" in a field, as the browser reports it to the extension. */
export async function clickWriteInMenu(serviceWorker: Worker, pageUrl: string, frameId = 0): Promise<void> {
  await serviceWorker.evaluate(
    async ({ pageUrl, frameId, menuItemId }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      if (!tab) throw new Error(`no tab for ${pageUrl}`);
      const info = { menuItemId, frameId, editable: true, pageUrl } as chrome.contextMenus.OnClickData;
      (chrome.contextMenus.onClicked as unknown as { dispatch: (info: chrome.contextMenus.OnClickData, tab: chrome.tabs.Tab) => void }).dispatch(info, tab);
    },
    { pageUrl, frameId, menuItemId: WRITE_IN_MENU },
  );
}

export interface ChatPrompt {
  system: string;
  user: string;
}

export function chatPrompt(request: RecordedRequest | undefined): ChatPrompt {
  const messages = ((request?.body ?? {}) as { messages?: Array<{ role: string; content: string }> }).messages ?? [];
  return { system: messages.find((message) => message.role === 'system')?.content ?? '', user: messages.find((message) => message.role === 'user')?.content ?? '' };
}

/**
 * A deterministic translator: the forward request ("Translate the user's message … into X (code)")
 * gets `forward[code]`, the back-translation request ("Translate the text from …") gets `back`.
 * Anything else gets a 400, so a request the test did not expect fails it.
 */
export function writeInResponder(forward: Record<string, string>, back: string): Responder {
  return {
    kind: 'fn',
    respond(request) {
      const { system } = chatPrompt(request);
      if (system.startsWith('Translate the text from')) return { kind: 'text', text: back, delayMs: 5 };
      const code = /Translate the user's message.* into .+? \(([\w-]+)\)/.exec(system)?.[1] ?? '';
      const text = forward[code];
      return text ? { kind: 'text', text, delayMs: 5 } : { kind: 'error', status: 400, message: `unexpected request: ${system.slice(0, 80)}` };
    },
  };
}

export function writeInRequests(requests: RecordedRequest[]): { forward: ChatPrompt[]; back: ChatPrompt[] } {
  const prompts = requests.filter((request) => request.path === '/v1/chat/completions').map(chatPrompt);
  return { forward: prompts.filter((prompt) => prompt.system.startsWith("Translate the user's message")), back: prompts.filter((prompt) => prompt.system.startsWith('Translate the text from')) };
}
