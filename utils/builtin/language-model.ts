import type { ChatMessage } from '../llm/provider';
import { languageModelApi, readAvailability, readTextStream, type BuiltinAvailability, type PromptMessage } from './browser-ai';

/** Gemini Nano through the Prompt API, where the device can run it. */
export async function languageModelAvailability(): Promise<BuiltinAvailability> {
  const api = languageModelApi();
  if (!api) return 'absent';
  return readAvailability(() => api.availability());
}

/**
 * The Prompt API takes the system instructions and earlier turns when the session is created and
 * refuses a system role later, so a conversation becomes: everything but the last message as the
 * session's start, the last user message as the prompt. Several system messages become one.
 */
export function splitConversation(messages: ChatMessage[]): { initialPrompts: PromptMessage[]; prompt: string } {
  const system = messages.filter((message) => message.role === 'system').map((message) => message.content);
  const turns = messages.filter((message) => message.role !== 'system');
  const last = turns.at(-1);
  const earlier = last?.role === 'user' ? turns.slice(0, -1) : turns;
  const initialPrompts: PromptMessage[] = [
    ...(system.length ? [{ role: 'system' as const, content: system.join('\n\n') }] : []),
    ...earlier,
  ];
  return { initialPrompts, prompt: last?.role === 'user' ? last.content : '' };
}

export async function* promptLanguageModel(messages: ChatMessage[], signal: AbortSignal): AsyncGenerator<string> {
  const api = languageModelApi();
  if (!api) throw new Error('This browser has no on-device language model.');
  const { initialPrompts, prompt } = splitConversation(messages);
  const session = await api.create({ initialPrompts, signal });
  try {
    if (session.promptStreaming) {
      yield* readTextStream(session.promptStreaming(prompt, { signal }), signal);
    } else {
      yield await session.prompt(prompt, { signal });
    }
  } finally {
    session.destroy?.();
  }
}
