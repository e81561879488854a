import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { TestServer } from '../../fixtures/openai-server/server.ts';

/** What the test server received for each chat answer, oldest first. */
export function chatBodies(server: TestServer): Array<{ model: string; messages: Array<{ role: string; content: string }> }> {
  return server.requests
    .filter((request) => request.path === '/v1/chat/completions')
    .map((request) => request.body as { model: string; messages: Array<{ role: string; content: string }> });
}

/** Opens an extension page (popup.html, sidepanel.html) on the Chat tab, wherever the tab sits. */
export async function openChat(open: (file: string) => Promise<Page>, file = 'popup.html'): Promise<Page> {
  const page = await open(file);
  await page.getByRole('tab', { name: 'Chat' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toBeVisible();
  return page;
}

export async function ask(page: Page, text: string): Promise<void> {
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

export function lastAnswer(page: Page) {
  return page.getByTestId('message-assistant').last();
}

export async function waitForAnswerDone(page: Page): Promise<void> {
  await expect(lastAnswer(page)).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
}

export const ARTICLE_PATH = '/pages/chat/kaution-article.html';

/** A German news article in its own tab, its lead paragraph selected as a reader would. */
export async function openArticleWithLeadSelected(context: BrowserContext, server: TestServer): Promise<Page> {
  const article = await context.newPage();
  await article.goto(`${server.url}${ARTICLE_PATH}`);
  await article.evaluate(() => {
    const lead = document.getElementById('lead');
    if (lead) window.getSelection()?.selectAllChildren(lead);
  });
  return article;
}
