import { parleyError } from '../errors/parley-error';
import type { ChatMessage } from '../llm/provider';
import { t } from '../i18n/t';

export interface FittedMessages {
  messages: ChatMessage[];
  /** Earlier messages left out to fit. */
  trimmedCount: number;
  promptTokens: number;
}

/**
 * Keeps the system prompt and the newest turn, then as many earlier messages as fit, newest
 * first. What is dropped is always the oldest part, and the kept history starts with a user
 * message so the model never sees an answer without its question.
 */
export function fitToContext(messages: ChatMessage[], budgetTokens: number, count: (message: ChatMessage) => number): FittedMessages {
  const system = messages[0]?.role === 'system' ? messages[0] : undefined;
  const history = system ? messages.slice(1) : messages;
  const newest = history.at(-1);
  if (!newest) return { messages, trimmedCount: 0, promptTokens: 0 };
  let used = (system ? count(system) : 0) + count(newest);
  if (used > budgetTokens) {
    throw parleyError(
      'too-long',
      t(newest.content.length > 2000 ? 'chatErrorTooLongQuoted' : 'chatErrorTooLong', [used, budgetTokens]),
      'none',
    );
  }
  let start = history.length - 1;
  while (start > 0) {
    const previous = history[start - 1];
    if (!previous) break;
    const cost = count(previous);
    if (used + cost > budgetTokens) break;
    used += cost;
    start -= 1;
  }
  // Never open the kept history with an answer whose question was cut away.
  while (start < history.length - 1 && history[start]?.role === 'assistant') {
    const dropped = history[start];
    if (dropped) used -= count(dropped);
    start += 1;
  }
  const kept = history.slice(start);
  return { messages: system ? [system, ...kept] : kept, trimmedCount: start, promptTokens: used };
}
