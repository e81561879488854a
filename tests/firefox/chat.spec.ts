import { expect, test } from './support/fixtures.ts';
import { configureProvider } from './support/provider.ts';
import { click, fill, role, textOf, waitForAttribute, waitForText } from './support/page.ts';

const ANSWER = 'Der Vertrag verlängert sich automatisch um ein Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird.';
const LAST_ANSWER = '[data-testid="message-assistant"]:last-of-type';

test('in Firefox, a chat answer streams into the popup and is all there after the popup is reopened', async ({ firefox, server }) => {
  await configureProvider(firefox.control, server);
  server.enqueue({ kind: 'text', text: ANSWER, delayMs: 150 });
  const popup = await firefox.openExtensionPage('popup.html');
  await click(popup, role('tab', 'Chat'));
  await fill(popup, role('textbox', 'Message'), 'Fasse die Kündigungsklausel zusammen.');
  await click(popup, role('button', 'Send'));
  // Part of the answer shows while the server is still sending the rest.
  await waitForText(popup, LAST_ANSWER, 'Der Vertrag');
  expect(server.streams[0]?.finished).toBe(false);
  await waitForAttribute(popup, LAST_ANSWER, 'data-status', 'done');
  expect(await textOf(popup, LAST_ANSWER)).toContain(ANSWER);
  expect(server.streams[0]).toMatchObject({ finished: true, closedByClient: false });
  const body = server.requests.at(-1)?.body as { messages: Array<{ role: string; content: string }> };
  expect(body.messages.at(-1)).toEqual({ role: 'user', content: 'Fasse die Kündigungsklausel zusammen.' });

  await popup.close();
  const reopened = await firefox.openExtensionPage('popup.html');
  await click(reopened, role('tab', 'Chat'));
  await waitForAttribute(reopened, LAST_ANSWER, 'data-status', 'done');
  expect(await textOf(reopened, LAST_ANSWER)).toContain(ANSWER);
  await waitForText(reopened, '[data-testid="message-user"]', 'Fasse die Kündigungsklausel zusammen.');
});
