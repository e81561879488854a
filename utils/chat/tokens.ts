import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import type { ChatMessage } from '../llm/provider';

/**
 * Estimates only: providers tokenize differently, and cl100k is half the size of o200k in the
 * background bundle. Good enough to decide what fits and to show usage when the server sent none.
 */
export function estimateTokens(text: string): number {
  return text ? countTokens(text) : 0;
}

/** Chat formats add a few tokens per message for the role and separators. */
const PER_MESSAGE_OVERHEAD = 4;

export function estimateMessageTokens(message: ChatMessage): number {
  return estimateTokens(message.content) + PER_MESSAGE_OVERHEAD;
}

export function estimatePromptTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + estimateMessageTokens(message), 3);
}
