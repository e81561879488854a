import { ParleyError, type ParleyErrorData } from '../errors/parley-error';
import { providerFor } from '../providers/registry';
import type { Usage } from '../llm/provider';
import { conversationMessages } from '../prompts/chat-context';
import { loadSettings } from '../settings/store';
import { fitToContext } from './context-window';
import type { ChatEvent, ChatStart } from './messages';
import { answerReserveFor, contextTokensFor } from './model-context';
import type { MessageUsage } from './schema';
import { updateMessage } from './store';
import { ThrottledSaver } from './throttle';
import { loadTokenEstimator } from './tokenizer';
import type { TokenEstimator } from './tokens';
import { prepareTurn } from './turn';
import { t } from '../i18n/t';

const SAVE_INTERVAL_MS = 250;

/** The answers being written, by conversation, so that Stop works from any page. */
const running = new Map<string, AbortController>();

export function isGenerating(conversationId: string): boolean {
  return running.has(conversationId);
}

export function stopGeneration(conversationId: string): void {
  running.get(conversationId)?.abort();
}

function toErrorData(error: unknown): ParleyErrorData {
  if (error instanceof ParleyError) return error.data;
  console.error('Parley: a chat answer failed', error instanceof Error ? error.message : 'unknown error');
  return { code: 'unknown', message: t('chatErrorInternal'), action: 'retry' };
}

function usageFrom(reported: Usage | undefined, promptTokens: number, answer: string, tokens: TokenEstimator): MessageUsage {
  if (reported) return { ...reported, estimated: false };
  const completionTokens = tokens.estimateTokens(answer);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens, estimated: true };
}

/**
 * Runs one chat turn in the background: writes the user's turn, streams the answer into the
 * store as it arrives (so a closed popup loses nothing), and ends with the answer done, stopped,
 * or failed with its partial text and the error.
 */
export async function* generateChatAnswer(start: ChatStart, signal: AbortSignal, ready: Promise<void>): AsyncGenerator<ChatEvent> {
  await ready;
  if (start.conversationId && running.has(start.conversationId)) {
    throw new ParleyError({ code: 'bad-request', message: t('chatErrorBusy'), action: 'none' });
  }
  const { conversation, history, assistant } = await prepareTurn(start);
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  running.set(conversation.id, controller);
  yield { type: 'started', conversationId: conversation.id, messageId: assistant.id };

  let content = '';
  let reasoning = '';
  const saver = new ThrottledSaver<{ content: string; reasoning: string }>(SAVE_INTERVAL_MS, (patch) => updateMessage(assistant.id, patch));
  try {
    const { settings } = await loadSettings();
    const model = conversation.model ?? settings.provider.model;
    const contextTokens = contextTokensFor(model);
    const budget = contextTokens - answerReserveFor(contextTokens, settings.generation.chat.maxTokens);
    const tokens = await loadTokenEstimator();
    const fitted = fitToContext(conversationMessages(conversation.systemPrompt, history), budget, tokens.estimateMessageTokens);
    await updateMessage(assistant.id, { model, trimmedCount: fitted.trimmedCount });
    const provider = await providerFor('chat');
    let reported: Usage | undefined;
    for await (const part of provider.stream({ feature: 'chat', messages: fitted.messages, model }, controller.signal)) {
      if (part.type === 'finish') {
        reported = part.usage;
        continue;
      }
      if (part.type === 'text') content += part.text;
      else reasoning += part.text;
      saver.schedule({ content, reasoning });
      yield { type: part.type, text: part.text };
    }
    const usage = usageFrom(reported, tokens.estimatePromptTokens(fitted.messages), reasoning + content, tokens);
    await saver.flush();
    await updateMessage(assistant.id, { content, reasoning, status: 'done', usage });
    yield { type: 'usage', usage };
  } catch (error) {
    const data = toErrorData(error);
    await saver.flush();
    if (data.code === 'cancelled') {
      await updateMessage(assistant.id, { content, reasoning, status: 'stopped' });
      return;
    }
    await updateMessage(assistant.id, { content, reasoning, status: 'error', error: data });
    throw new ParleyError(data);
  } finally {
    signal.removeEventListener('abort', abort);
    running.delete(conversation.id);
  }
}
