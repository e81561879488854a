import type { z } from 'zod';
import { chatDb } from './db';
import {
  ConversationRecordSchema,
  CurrentRecordSchema,
  DraftRecordSchema,
  MessageRecordSchema,
  PresetRecordSchema,
  type ConversationRecord,
  type DraftRecord,
  type MessageRecord,
  type PresetRecord,
} from './schema';

/** Rows are checked on the way out: a row an older or broken version wrote is skipped, not shown half. */
function valid<T>(schema: z.ZodType<T>, rows: unknown[]): T[] {
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getCurrentConversationId(): Promise<string | null> {
  const parsed = CurrentRecordSchema.safeParse(await chatDb.state.get('current'));
  return parsed.success ? parsed.data.conversationId : null;
}

export async function getConversation(id: string): Promise<ConversationRecord | undefined> {
  return valid(ConversationRecordSchema, [await chatDb.conversations.get(id)])[0];
}

export async function getMessages(conversationId: string): Promise<MessageRecord[]> {
  const rows = await chatDb.messages.where('[conversationId+seq]').between([conversationId, -Infinity], [conversationId, Infinity]).toArray();
  return valid(MessageRecordSchema, rows);
}

export async function getDraft(key: string): Promise<DraftRecord | undefined> {
  return valid(DraftRecordSchema, [await chatDb.drafts.get(key)])[0];
}

export async function listUserPresets(): Promise<PresetRecord[]> {
  return valid(PresetRecordSchema, await chatDb.presets.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

/** Newest first; a query matches titles and message text, case-insensitively. */
export async function listConversations(query = ''): Promise<ConversationRecord[]> {
  const all = valid(ConversationRecordSchema, await chatDb.conversations.orderBy('updatedAt').reverse().toArray());
  const needle = query.trim().toLowerCase();
  if (!needle) return all;
  const matchingIds = new Set<string>();
  await chatDb.messages
    .filter((message) => typeof message.content === 'string' && message.content.toLowerCase().includes(needle))
    .each((message) => void matchingIds.add(message.conversationId));
  return all.filter((conversation) => conversation.title.toLowerCase().includes(needle) || matchingIds.has(conversation.id));
}
