import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { expect, test } from './support/fixtures.ts';
import { ask, chatBodies, lastAnswer, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';

test('a model picked for one conversation is the one the server receives, and a new conversation keeps the default', async ({
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Guten Morgen heißt good morning.' }, { kind: 'text', text: 'Gute Nacht heißt good night.' });
  const page = await openChat(openExtensionPage);
  const picker = page.getByLabel('Model', { exact: true });
  await picker.fill('gpt-4o');
  await picker.press('Enter');
  await ask(page, 'What does "Guten Morgen" mean?');
  await waitForAnswerDone(page);
  expect(chatBodies(server)[0]?.model).toBe('gpt-4o');
  await expect(lastAnswer(page).getByTestId('usage')).toContainText('gpt-4o');

  await page.getByRole('button', { name: 'New chat' }).click();
  await expect(picker).toHaveValue('');
  await ask(page, 'And "Gute Nacht"?');
  await waitForAnswerDone(page);
  expect(chatBodies(server)[1]?.model).toBe('parley-test-model');

  // Back in the first conversation, its own model is still chosen.
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByTestId('conversation-row').getByRole('button', { name: /Guten Morgen/ }).click();
  await expect(picker).toHaveValue('gpt-4o');
});

test('a preset the user writes can be picked, and the server receives it as the system message', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const instructions = 'You are a proofreader for British English. Correct spelling and grammar, keep the author’s tone, and list each change.';
  const page = await openChat(openExtensionPage);
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Proofreader (UK)');
  await page.getByLabel('Instructions (system prompt)').fill(instructions);
  await page.getByRole('button', { name: 'Add preset' }).click();
  await expect(page.getByRole('region', { name: 'System prompt presets' }).getByText('Proofreader (UK)')).toBeVisible();

  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByLabel('Preset', { exact: true }).selectOption({ label: 'Proofreader (UK)' });
  server.enqueue({ kind: 'text', text: 'Corrected: “I have received your letter.” Changes: recieved → received.' });
  await ask(page, 'I have recieved your letter.');
  await waitForAnswerDone(page);
  expect(chatBodies(server)[0]?.messages[0]).toEqual({ role: 'system', content: instructions });
  await expect(page.getByLabel('Preset', { exact: true }).locator('option:checked')).toHaveText('Proofreader (UK)');
});

const ExportedConversation = z.object({
  conversation: z.object({ title: z.string() }),
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string(), status: z.string() })),
});

test('exporting a conversation as JSON downloads a file that parses and holds its messages', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  server.enqueue({ kind: 'text', text: 'Prenez la ligne 4 jusqu’à Saint-Michel, puis marchez cinq minutes.' });
  const page = await openChat(openExtensionPage);
  await ask(page, 'Comment aller à Notre-Dame depuis la gare du Nord ?');
  await waitForAnswerDone(page);

  await page.getByRole('button', { name: 'History' }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId('conversation-row').getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^parley-\d{4}-\d{2}-\d{2}-.+\.json$/);
  const exported = ExportedConversation.parse(JSON.parse(await readFile(await file.path(), 'utf8')));
  expect(exported.conversation.title).toBe('Comment aller à Notre-Dame depuis la gare du Nord ?');
  expect(exported.messages.map(({ role, content, status }) => ({ role, content, status }))).toEqual([
    { role: 'user', content: 'Comment aller à Notre-Dame depuis la gare du Nord ?', status: 'done' },
    { role: 'assistant', content: 'Prenez la ligne 4 jusqu’à Saint-Michel, puis marchez cinq minutes.', status: 'done' },
  ]);
});
