import { liveQuery } from 'dexie';
import { chatAttachQuote, chatGenerate, chatListModels, chatRecoverInterrupted, chatSaveDraft, chatSetCurrent, chatSetDraftContext, chatStop, chatUpdateConversation, type ChatEvent, type ChatStart } from '../../utils/chat/messages';
import { readPageQuote, readSelectionQuote } from '../../utils/chat/page-context';
import { getConversation, getCurrentConversationId, getDraft, getMessages, listUserPresets } from '../../utils/chat/queries';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { streamFrom } from '../../utils/messaging/stream-client';
import type { ConversationOptions } from './ConversationSettings';
import { t } from '../../utils/i18n/t';

// What the chat tab does with the store and the background, loaded after the input is on screen:
// Dexie, zod (every message is validated), Readability. Only ChatTab's hooks and handlers call it.

export { liveQuery, getConversation, getCurrentConversationId, getDraft, getMessages, listUserPresets };

export function errorDataOf(error: unknown, fallback: string): ParleyErrorData {
  return error instanceof ParleyError ? error.data : { code: 'unknown', message: fallback, action: 'retry' };
}

export function streamChat(payload: ChatStart): AsyncIterable<ChatEvent> {
  return streamFrom(chatGenerate, payload);
}

export const stopChat = (conversationId: string) => sendRequest(chatStop, { conversationId });
export const recoverInterrupted = () => sendRequest(chatRecoverInterrupted, {});
export const updateConversation = (id: string, patch: Partial<ConversationOptions>) => sendRequest(chatUpdateConversation, { id, ...patch });
export const setCurrentConversation = (conversationId: string | null) => sendRequest(chatSetCurrent, { conversationId });
export const saveDraft = (key: string, text: string) => sendRequest(chatSaveDraft, { key, text });
export const removeDraftContext = (key: string) => sendRequest(chatSetDraftContext, { key, context: null });
export const listModels = () => sendRequest(chatListModels, {});

/** Reads the selection or the page in the active tab and attaches it to the draft `key`. */
export async function attachQuote(key: string, what: 'selection' | 'page'): Promise<void> {
  const quote = await (what === 'selection' ? readSelectionQuote() : readPageQuote());
  await sendRequest(chatAttachQuote, { key, quote });
}

/** A failure to read the page, as the composer shows it. */
export function readPageErrorOf(error: unknown): ParleyErrorData {
  return error instanceof ParleyError ? error.data : { code: 'unknown', message: t('chatReadPageFailed'), action: 'none' };
}
