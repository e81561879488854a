import type { Page } from 'puppeteer-core';
import { pollUntil } from '../e2e/support/raw-chromium.ts';
import { expect, test } from './support/fixtures.ts';
import { click, fill, role, waitForAttribute, waitForText } from './support/page.ts';
import { configureProvider } from './support/provider.ts';

// Firefox shows the side-panel page in its sidebar (sidebar_action). The sidebar is opened for
// real (from the browser window, as its button does); BiDi cannot reach into it, but it is an
// extension view: the control page gets its window with extension.getViews({ type: 'sidebar' }).

/** Acts on the sidebar's page from the control page (both are Parley's); null while the sidebar has no such page yet. */
function inSidebar<Result>(control: Page, action: 'read' | 'open-chat' | 'ask', question = ''): Promise<Result | null> {
  return control.evaluate(
    (action, question) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      // Firefox's getViews also knows the sidebar, which Chrome's types do not.
      const views = api.extension.getViews({ type: 'sidebar' } as unknown as chrome.extension.FetchProperties) as Array<Window & typeof globalThis>;
      const view = views.find((candidate) => candidate.location.pathname === '/sidepanel.html');
      if (!view) return null;
      const document = view.document;
      if (action === 'open-chat') {
        const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((candidate) => candidate.textContent?.trim() === 'Chat');
        tab?.click();
        return tab ? true : null;
      }
      if (action === 'ask') {
        const field = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Message"]');
        const send = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Send');
        if (!field || !send) return null;
        // React hears a value set through the element's own setter followed by an input event.
        Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')?.set?.call(field, question);
        field.dispatchEvent(new view.Event('input', { bubbles: true }));
        send.click();
        return true;
      }
      const answer = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
      return {
        shell: document.querySelector('.shell-sidepanel') !== null,
        tabs: [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent?.trim() ?? ''),
        answer: answer?.textContent ?? '',
        status: answer?.getAttribute('data-status') ?? '',
      };
    },
    action,
    question,
  ) as Promise<Result | null>;
}

interface SidebarState {
  shell: boolean;
  tabs: string[];
  answer: string;
  status: string;
}

test('in Firefox, the sidebar shows Parley\'s panel, chats in it, and the popup continues the same conversation', async ({ firefox, server }) => {
  await configureProvider(firefox.control, server);
  server.enqueue({ kind: 'text', text: 'Gern geschehen! Ich helfe Ihnen weiter.' }, { kind: 'text', text: 'Auf Wiedersehen!' });
  await firefox.openSidebar();
  const read = () => inSidebar<SidebarState>(firefox.control, 'read');
  const shown = await pollUntil(async () => ((await read())?.shell ? read() : undefined), 20_000, 'the sidebar to render');
  expect(shown?.tabs).toEqual(expect.arrayContaining(['Chat', 'Translate']));

  // Its Chat tab (the panel may open on another tab), then a question typed into it.
  await pollUntil(async () => (await inSidebar<true>(firefox.control, 'open-chat')) ?? undefined, 20_000, "the sidebar's Chat tab");
  await pollUntil(async () => (await inSidebar<true>(firefox.control, 'ask', 'Danke für die schnelle Antwort!')) ?? undefined, 20_000, 'the sidebar chat to take a question');
  const answered = await pollUntil(async () => ((await read())?.status === 'done' ? read() : undefined), 20_000, 'the answer in the sidebar');
  expect(answered?.answer).toContain('Gern geschehen!');

  // Sidebar and popup show one store: the popup opens on the same conversation and continues it.
  const popup = await firefox.openExtensionPage('popup.html');
  await click(popup, role('tab', 'Chat'));
  await waitForText(popup, '[data-testid="message-assistant"]:last-of-type', 'Gern geschehen!');
  await fill(popup, role('textbox', 'Message'), 'Tschüss!');
  await click(popup, role('button', 'Send'));
  await waitForText(popup, '[data-testid="message-assistant"]:last-of-type', 'Auf Wiedersehen!');
  await waitForAttribute(popup, '[data-testid="message-assistant"]:last-of-type', 'data-status', 'done');
  const body = server.requests.at(-1)?.body as { messages: unknown[] };
  expect(body.messages).toHaveLength(4);
  await pollUntil(async () => ((await read())?.answer.includes('Auf Wiedersehen!') ? true : undefined), 20_000, "the sidebar to show the popup's answer");
});
