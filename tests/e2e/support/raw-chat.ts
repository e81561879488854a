import { expect } from '@playwright/test';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { TestServer } from '../../fixtures/openai-server/server.ts';
import { pollUntil, type RawPage } from './raw-chromium.ts';

// The chat driven over raw CDP (support/raw-chromium.ts), where nothing attaches to the worker.

/** Saves the provider through the background, as the options page does. */
export async function storeProvider(page: RawPage, server: TestServer, apiKey: string): Promise<void> {
  const defaults = defaultSettings('en-US');
  const settings = { ...defaults, provider: { ...defaults.provider, preset: 'custom', baseUrl: server.baseUrl, model: 'parley-test-model' } };
  const saved = await page.evaluate(({ settings, apiKey }) => chrome.runtime.sendMessage({ parley: 1, type: 'settings/save', payload: { settings, apiKey } }), { settings, apiKey });
  expect(saved).toMatchObject({ ok: true, data: { hasKey: true } });
}

/** Clicks the tab or button whose visible name is `name`, inside `scope` (a CSS selector) when given. */
export async function clickNamed(page: RawPage, name: string, scope = 'body'): Promise<void> {
  const click = () =>
    page.evaluate(({ name, scope }) => {
      const candidates = [...document.querySelectorAll(scope)].flatMap((root) => [...root.querySelectorAll<HTMLElement>('[role="tab"], button')]);
      const target = candidates.find((element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() === name);
      target?.click();
      return target !== undefined;
    }, { name, scope });
  // The page renders after it loads (React, then the chat's stored state): wait for the control.
  await pollUntil(async () => ((await click()) ? true : undefined), 10_000, `"${name}" to click`);
}

/** Focuses the field and types into it as the keyboard does (trusted input React sees). */
export async function typeInto(page: RawPage, selector: string, text: string): Promise<void> {
  await pollUntil(async () => ((await page.evaluate((selector) => document.querySelector(selector) !== null, selector)) ? true : undefined), 10_000, selector);
  await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).focus(), selector);
  await page.send('Input.insertText', { text });
}

export async function askInChat(page: RawPage, question: string): Promise<void> {
  await clickNamed(page, 'Chat');
  await typeInto(page, 'textarea[aria-label="Message"]', question);
  await clickNamed(page, 'Send');
}

export interface ShownAnswer {
  status: string | null;
  text: string;
  /** The error notice's code and text, when the answer failed. */
  error: { code: string | null; text: string } | null;
  buttons: string[];
}

/** The last answer in the chat as the user sees it. */
export function lastAnswer(page: RawPage): Promise<ShownAnswer | undefined> {
  return page.evaluate(() => {
    const answer = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
    if (!answer) return undefined;
    const notice = answer.querySelector('[data-error-code]');
    return {
      status: answer.getAttribute('data-status'),
      text: (answer.querySelector('.markdown')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      error: notice ? { code: notice.getAttribute('data-error-code'), text: notice.textContent ?? '' } : null,
      buttons: [...answer.querySelectorAll('button')].map((button) => (button.textContent ?? '').trim()),
    };
  }, null);
}
