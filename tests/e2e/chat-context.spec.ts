import { expect, test } from './support/fixtures.ts';
import { ask, chatBodies, lastAnswer, openChat, waitForAnswerDone } from './support/chat.ts';
import { configureProvider } from './support/provider.ts';
import { countChatPromptTokens, countTokens } from '../fixtures/openai-server/tokens.ts';
import { countTokens as cl100kTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import { tokenEstimator } from '../../utils/chat/tokens';
import type { ChatMessage } from '../../utils/llm/provider';

// gpt-tokenizer's own cl100k, as a check on the table the extension loads from its package.
const { estimatePromptTokens, estimateTokens } = tokenEstimator(cl100kTokens);

/**
 * A lease section as a user would paste it for review: about 2,500 tokens, so three of them
 * outgrow an 8,192-token model (Parley's default for a model it does not know) once room for
 * the answer is kept.
 */
function pastedLease(part: string): string {
  return Array.from(
    { length: 64 },
    (_, clause) =>
      `${part} §${clause + 1}. The tenant shall pay the rent of 1,250 euros on the third working day of each month into the landlord's account, and any deposit interest accrues to the tenant.`,
  ).join('\n');
}

test('a conversation that outgrows the model’s context shows a trim note, and the oldest turn is no longer sent', async ({
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  await configureProvider(serviceWorker, server);
  server.enqueue(
    { kind: 'text', text: 'Part A looks standard.' },
    { kind: 'text', text: 'Part B repeats the rent terms.' },
    { kind: 'text', text: 'Part C adds nothing new.' },
  );
  const page = await openChat(openExtensionPage);
  for (const part of ['Part A', 'Part B', 'Part C']) {
    await ask(page, `Review this:\n${pastedLease(part)}`);
    await waitForAnswerDone(page);
  }
  // The first two turns fit whole; the third cannot carry the first question and answer too.
  await expect(page.getByTestId('trim-note')).toHaveCount(1);
  await expect(page.getByTestId('trim-note')).toHaveText(
    "This conversation is longer than parley-test-model can read at once: the 2 oldest messages were left out of this answer's request.",
  );
  const [first, second, third] = chatBodies(server);
  expect(first?.messages.map((message) => message.role)).toEqual(['system', 'user']);
  expect(second?.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
  const sent = third?.messages ?? [];
  expect(sent.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
  expect(sent.some((message) => message.content.includes('Part A'))).toBe(false);
  expect(sent[1]?.content).toContain('Part B §64.');
  expect(sent[3]?.content).toContain('Part C §64.');
});

test('token usage shows the figures the provider reported in the stream', async ({ openExtensionPage, server, serviceWorker }) => {
  await configureProvider(serviceWorker, server);
  const answer = 'Kyoto is about two hours and fifteen minutes from Tokyo by Shinkansen.';
  server.enqueue({ kind: 'text', text: answer });
  const page = await openChat(openExtensionPage);
  await ask(page, 'How long is the train from Tokyo to Kyoto?');
  await waitForAnswerDone(page);
  const sent = chatBodies(server)[0]?.messages ?? [];
  // What the test server put in its usage chunk (its own tokenizer, not Parley's estimate).
  const promptTokens = countChatPromptTokens(sent.map(({ role, content }) => ({ role, texts: [content] })));
  const usage = lastAnswer(page).getByTestId('usage');
  await expect(usage).toHaveText(`parley-test-model · ${promptTokens} in + ${countTokens(answer)} out tokens`);
  await expect(usage).toHaveAttribute('title', 'Reported by the provider');
});

test('when the provider refuses to report usage, Parley retries without asking and shows an estimate (≈)', async ({
  openExtensionPage,
  server,
  serviceWorker,
}) => {
  await configureProvider(serviceWorker, server);
  const answer = 'Kyoto is about two hours and fifteen minutes from Tokyo by Shinkansen.';
  server.enqueue(
    // What servers without stream_options support answer (a 400 naming the field).
    { kind: 'error', status: 400, message: 'Unrecognized request argument supplied: stream_options', code: null },
    { kind: 'text', text: answer },
  );
  const page = await openChat(openExtensionPage);
  await ask(page, 'How long is the train from Tokyo to Kyoto?');
  await waitForAnswerDone(page);
  const [refused, retried] = server.requests.filter((request) => request.path === '/v1/chat/completions').map((request) => request.body as Record<string, unknown>);
  expect(refused?.stream_options).toEqual({ include_usage: true });
  expect(retried).toBeDefined();
  expect(retried).not.toHaveProperty('stream_options');
  const sent = (chatBodies(server)[1]?.messages ?? []) as ChatMessage[];
  const usage = lastAnswer(page).getByTestId('usage');
  await expect(usage).toHaveText(`parley-test-model · ≈${estimatePromptTokens(sent)} in + ≈${estimateTokens(answer)} out tokens`);
  await expect(usage).toHaveAttribute('title', 'Estimated by Parley: the provider did not report usage');
});
