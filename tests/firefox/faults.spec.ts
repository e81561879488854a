import { expect, test } from './support/fixtures.ts';
import { click, fill, role, textOf, waitForAttribute, waitForText } from './support/page.ts';
import { configureProvider } from './support/provider.ts';
import { TEST_KEY } from '../e2e/support/provider.ts';

test('in Firefox, a rejected key (401) is explained in words in the chat, the question kept, the key never shown', async ({ firefox, server }) => {
  await configureProvider(firefox.control, server);
  server.setApiKey('sk-the-real-key-000000000000');
  const popup = await firefox.openExtensionPage('popup.html');
  await click(popup, role('tab', 'Chat'));
  await fill(popup, role('textbox', 'Message'), 'Draft a polite reminder about the unpaid invoice.');
  await click(popup, role('button', 'Send'));

  const answer = '[data-testid="message-assistant"]:last-of-type';
  await waitForAttribute(popup, answer, 'data-status', 'error');
  const message = await waitForText(popup, `${answer} [data-error-code="invalid-key"]`, 'rejected the API key (401)');
  expect(message).not.toContain(TEST_KEY);
  expect(await popup.$(`${answer} ${role('button', 'Retry')}`)).not.toBeNull();
  expect(await textOf(popup, '[data-testid="message-user"]')).toContain('Draft a polite reminder about the unpaid invoice.');
});
