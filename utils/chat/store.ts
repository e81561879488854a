import { chatDb } from './db';
import { getCurrentConversationId } from './queries';
import {
  NEW_CHAT_KEY,
  type ConversationRecord,
  type MessageRecord,
  type PresetRecord,
  type QuotedContext,
} from './schema';
import { t } from '../i18n/t';

/** Writes to the conversation store: the background's alone (pages ask through messages). */

const TITLE_LENGTH = 60;

export function titleFrom(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (!oneLine) return 'New chat';
  return oneLine.length > TITLE_LENGTH ? `${oneLine.slice(0, TITLE_LENGTH - 1)}…` : oneLine;
}

export async function createConversation(init: Pick<ConversationRecord, 'presetId' | 'systemPrompt' | 'model' | 'title'>): Promise<ConversationRecord> {
  const now = Date.now();
  const conversation: ConversationRecord = { id: crypto.randomUUID(), createdAt: now, updatedAt: now, ...init };
  await chatDb.conversations.add(conversation);
  return conversation;
}

export async function updateConversation(id: string, patch: Partial<Pick<ConversationRecord, 'title' | 'presetId' | 'systemPrompt' | 'model'>>): Promise<void> {
  await chatDb.conversations.update(id, { ...patch, updatedAt: Date.now() });
}

export async function deleteConversation(id: string): Promise<void> {
  await chatDb.transaction('rw', [chatDb.conversations, chatDb.messages, chatDb.drafts, chatDb.state], async () => {
    await chatDb.messages.where('conversationId').equals(id).delete();
    await chatDb.drafts.delete(id);
    await chatDb.conversations.delete(id);
    if ((await getCurrentConversationId()) === id) await chatDb.state.put({ key: 'current', conversationId: null });
  });
}

export type NewMessage = Omit<MessageRecord, 'id' | 'seq' | 'createdAt' | 'conversationId'>;

/** Appends after the conversation's last message; the seq is taken inside the transaction. */
export async function appendMessage(conversationId: string, message: NewMessage): Promise<MessageRecord> {
  return chatDb.transaction('rw', [chatDb.messages, chatDb.conversations], async () => {
    const last = await chatDb.messages.where('[conversationId+seq]').between([conversationId, -Infinity], [conversationId, Infinity]).last();
    const record: MessageRecord = { ...message, id: crypto.randomUUID(), conversationId, seq: (last?.seq ?? 0) + 1, createdAt: Date.now() };
    await chatDb.messages.add(record);
    await chatDb.conversations.update(conversationId, { updatedAt: record.createdAt });
    return record;
  });
}

export async function updateMessage(id: string, patch: Partial<Omit<MessageRecord, 'id' | 'conversationId' | 'seq'>>): Promise<void> {
  await chatDb.messages.update(id, patch);
}

/** Drops every message after seq (regenerate and edit replace what followed). */
export async function deleteMessagesAfter(conversationId: string, seq: number): Promise<void> {
  await chatDb.messages.where('[conversationId+seq]').between([conversationId, seq], [conversationId, Infinity], false, true).delete();
}

export async function saveDraftText(key: string, text: string): Promise<void> {
  await chatDb.transaction('rw', chatDb.drafts, async () => {
    const existing = await chatDb.drafts.get(key);
    await chatDb.drafts.put({ ...existing, key, text, updatedAt: Date.now() });
  });
}

export async function setDraftContext(key: string, context: QuotedContext | null): Promise<void> {
  await chatDb.transaction('rw', chatDb.drafts, async () => {
    const existing = await chatDb.drafts.get(key);
    await chatDb.drafts.put({ key, text: existing?.text ?? '', ...(context ? { context } : {}), updatedAt: Date.now() });
  });
}

export async function clearDraft(key: string): Promise<void> {
  await chatDb.drafts.delete(key);
}

/** Where a selection sent from a page lands: the input of whatever chat the user has open. */
export async function currentDraftKey(): Promise<string> {
  return (await getCurrentConversationId()) ?? NEW_CHAT_KEY;
}

export async function setCurrentConversation(conversationId: string | null): Promise<void> {
  await chatDb.state.put({ key: 'current', conversationId });
}

export async function savePreset(preset: Omit<PresetRecord, 'id'> & { id?: string }): Promise<PresetRecord> {
  const record: PresetRecord = { ...preset, id: preset.id ?? `user-${crypto.randomUUID()}` };
  await chatDb.presets.put(record);
  return record;
}

export async function deletePreset(id: string): Promise<void> {
  await chatDb.presets.delete(id);
}

/**
 * A message still marked streaming that no running answer writes lost its worker (the browser
 * closed or the worker was stopped): keep its text and offer a retry.
 */
export async function markInterruptedMessages(isRunning: (conversationId: string) => boolean = () => false): Promise<void> {
  await chatDb.messages
    .where('status')
    .equals('streaming')
    .filter((message) => !isRunning(message.conversationId))
    .modify({
      status: 'error',
      error: {
        code: 'stream-cut',
        message: t('chatErrorInterrupted'),
        action: 'retry',
      },
    });
}
