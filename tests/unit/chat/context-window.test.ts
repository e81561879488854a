import { describe, expect, it } from 'vitest';
import { fitToContext } from '../../../utils/chat/context-window';
import { answerReserveFor, contextTokensFor, DEFAULT_CONTEXT_TOKENS } from '../../../utils/chat/model-context';
import type { ChatMessage } from '../../../utils/llm/provider';
import { ParleyError } from '../../../utils/errors/parley-error';
import { cl100kCounter, tokenEstimator } from '../../../utils/chat/tokens';
import { tokenizerTableJson } from '../../../utils/chat/tokenizer-table';

// One "token" per character keeps the arithmetic readable.
const byLength = (message: ChatMessage) => message.content.length;

const system: ChatMessage = { role: 'system', content: 'S'.repeat(10) };
const turns: ChatMessage[] = [
  { role: 'user', content: 'u1'.padEnd(20, '.') },
  { role: 'assistant', content: 'a1'.padEnd(20, '.') },
  { role: 'user', content: 'u2'.padEnd(20, '.') },
  { role: 'assistant', content: 'a2'.padEnd(20, '.') },
  { role: 'user', content: 'u3'.padEnd(20, '.') },
];

describe('fitToContext', () => {
  it('sends the whole conversation when it fits', () => {
    const fitted = fitToContext([system, ...turns], 1000, byLength);
    expect(fitted.messages).toEqual([system, ...turns]);
    expect(fitted.trimmedCount).toBe(0);
    expect(fitted.promptTokens).toBe(110);
  });

  it('drops the oldest turns first and keeps the system prompt and the new question', () => {
    const fitted = fitToContext([system, ...turns], 75, byLength);
    expect(fitted.messages.map((message) => message.content.slice(0, 2))).toEqual(['SS', 'u2', 'a2', 'u3']);
    expect(fitted.trimmedCount).toBe(2);
    expect(fitted.promptTokens).toBe(70);
  });

  it('never starts the kept history with an answer whose question was cut away', () => {
    // 10 + 20 * 3 = 70 would fit a2, u2... but a budget of 55 fits only a2 + u3: a2 must go too.
    const fitted = fitToContext([system, ...turns], 55, byLength);
    expect(fitted.messages.map((message) => message.content.slice(0, 2))).toEqual(['SS', 'u3']);
    expect(fitted.trimmedCount).toBe(4);
  });

  it('refuses a single message larger than the window, saying what to do', () => {
    expect(() => fitToContext([system, { role: 'user', content: 'x'.repeat(500) }], 100, byLength)).toThrow(ParleyError);
    try {
      fitToContext([system, { role: 'user', content: 'x'.repeat(500) }], 100, byLength);
    } catch (error) {
      expect((error as ParleyError).data.code).toBe('too-long');
      expect((error as ParleyError).message).toMatch(/Shorten it/);
    }
  });

  it('works without a system prompt', () => {
    const fitted = fitToContext(turns, 45, byLength);
    expect(fitted.messages.map((message) => message.content.slice(0, 2))).toEqual(['u3']);
    expect(fitted.trimmedCount).toBe(4);
  });

  it('counts real tokens with the packaged tokenizer, so a long chat in a small model is trimmed', () => {
    const { estimateMessageTokens } = tokenEstimator(cl100kCounter(JSON.parse(tokenizerTableJson())));
    const long = Array.from({ length: 40 }, (_, index): ChatMessage => ({
      role: index % 2 === 0 ? 'user' : 'assistant',
      content: `Message ${index}: ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20)}`,
    }));
    const budget = DEFAULT_CONTEXT_TOKENS - answerReserveFor(DEFAULT_CONTEXT_TOKENS, null);
    const fitted = fitToContext([system, ...long, { role: 'user', content: 'And now?' }], budget, estimateMessageTokens);
    expect(fitted.trimmedCount).toBeGreaterThan(0);
    expect(fitted.promptTokens).toBeLessThanOrEqual(budget);
    expect(fitted.messages.at(-1)?.content).toBe('And now?');
    expect(fitted.messages[1]?.role).toBe('user');
  });
});

describe('contextTokensFor', () => {
  it('knows common models and falls back to a safe default', () => {
    expect(contextTokensFor('gpt-4o-mini')).toBe(128_000);
    expect(contextTokensFor('openai/gpt-4.1')).toBe(1_047_576);
    expect(contextTokensFor('deepseek-chat')).toBe(64_000);
    expect(contextTokensFor('gpt-4')).toBe(8_192);
    expect(contextTokensFor('my-local-finetune')).toBe(DEFAULT_CONTEXT_TOKENS);
  });

  it('keeps room for the answer, never more than half the window', () => {
    expect(answerReserveFor(8_192, null)).toBe(2_048);
    expect(answerReserveFor(128_000, null)).toBe(4_096);
    expect(answerReserveFor(8_192, 100_000)).toBe(4_096);
  });
});
