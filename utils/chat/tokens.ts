import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';
import type { ChatMessage } from '../llm/provider';

/**
 * Estimates only: providers tokenize differently, and cl100k is half the size of o200k.
 * Good enough to decide what fits and to show usage when the server sent none.
 */
export type CountTokens = (text: string) => number;

export interface TokenEstimator {
  estimateTokens: (text: string) => number;
  estimateMessageTokens: (message: ChatMessage) => number;
  estimatePromptTokens: (messages: ChatMessage[]) => number;
}

/** Chat formats add a few tokens per message for the role and separators. */
const PER_MESSAGE_OVERHEAD = 4;

/** cl100k's counter built from its merge ranks (gpt-tokenizer's own table, however it was loaded). */
export function cl100kCounter(ranks: RawBytePairRanks): CountTokens {
  const encoding = GptEncoding.getEncodingApi('cl100k_base', () => ranks);
  return (text) => encoding.countTokens(text);
}

export function tokenEstimator(count: CountTokens): TokenEstimator {
  const estimateTokens = (text: string) => (text ? count(text) : 0);
  const estimateMessageTokens = (message: ChatMessage) => estimateTokens(message.content) + PER_MESSAGE_OVERHEAD;
  return {
    estimateTokens,
    estimateMessageTokens,
    estimatePromptTokens: (messages) => messages.reduce((sum, message) => sum + estimateMessageTokens(message), 3),
  };
}
